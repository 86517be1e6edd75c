package cn.beibugulf.roadtosea.ingest.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks that the Flate-compressed streams of a PDF are intact: none may fail to inflate or fail
 * its checksum (data that merely ends early, as some writers leave it, is accepted). PDFBox (and so Tika) reads past a damaged stream without a word and yields
 * what it could decode, so without this check a damaged PDF is indexed with text that may be
 * incomplete or wrong. Encrypted documents are not checked (their streams are ciphertext).
 */
final class PdfStreams {

	/** Inflating stops counting a stream after this many bytes (a bomb is not this check's concern). */
	private static final long MAX_INFLATED = 512L * 1024 * 1024;

	private PdfStreams() {
	}

	/** The first damage found, as a sentence for a curator; empty when every stream is intact. */
	static Optional<String> damage(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			if (document.isEncrypted()) {
				return Optional.empty();
			}
			COSDocument cos = document.getDocument();
			for (COSObjectKey key : cos.getXrefTable().keySet()) {
				COSBase object = cos.getObjectFromPool(key).getObject();
				if (object instanceof COSStream stream && isFlate(stream)) {
					Optional<String> problem = check(stream);
					if (problem.isPresent()) {
						return Optional.of("stream " + key.getNumber() + " " + key.getGeneration() + " R " + problem.get());
					}
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isFlate(COSStream stream) {
		COSBase filters = stream.getFilters();
		if (filters instanceof COSName name) {
			return COSName.FLATE_DECODE.equals(name) || COSName.FLATE_DECODE_ABBREVIATION.equals(name);
		}
		if (filters instanceof COSArray array && array.size() > 0) {
			COSBase first = array.getObject(0);
			return COSName.FLATE_DECODE.equals(first) || COSName.FLATE_DECODE_ABBREVIATION.equals(first);
		}
		return false;
	}

	private static Optional<String> check(COSStream stream) throws IOException {
		Inflater inflater = new Inflater();
		try (InputStream in = stream.createRawInputStream()) {
			byte[] input = new byte[64 * 1024];
			byte[] output = new byte[64 * 1024];
			long inflated = 0;
			while (!inflater.finished()) {
				if (inflater.needsInput()) {
					int read = in.read(input);
					if (read < 0) {
						// the data ends early (some writers leave out the checksum): readers accept that
						return Optional.empty();
					}
					inflater.setInput(input, 0, read);
				}
				int n = inflater.inflate(output);
				inflated += n;
				if (inflated > MAX_INFLATED || inflater.needsDictionary()) {
					return Optional.empty();
				}
			}
			return Optional.empty();
		}
		catch (DataFormatException ex) {
			if (isHeaderProblem(ex)) {
				// raw deflate without the zlib wrapper: readers accept it, and it has no checksum
				return Optional.empty();
			}
			return Optional.of("is damaged: its compressed data fails to inflate (" + ex.getMessage() + ")");
		}
		finally {
			inflater.end();
		}
	}

	private static boolean isHeaderProblem(DataFormatException ex) {
		String message = String.valueOf(ex.getMessage());
		return message.contains("incorrect header check") || message.contains("unknown compression method");
	}

}
