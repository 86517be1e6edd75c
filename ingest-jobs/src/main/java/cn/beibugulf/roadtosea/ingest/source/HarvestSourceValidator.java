package cn.beibugulf.roadtosea.ingest.source;

/**
 * A check a source must pass before it is registered, beyond what {@link HarvestSource} checks by
 * itself: one that needs configuration (the import directory of catalogue files) or knowledge of a
 * job (the category codes of feeds). Beans of this type are applied by {@code HarvestService.register}.
 */
@FunctionalInterface
public interface HarvestSourceValidator {

	/**
	 * @throws IllegalArgumentException saying what is wrong, in words a curator can act on
	 */
	void validate(HarvestSource source);

}
