package cn.beibugulf.roadtosea.ingest.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * JPEG thumbnails whose longest side is at most {@code maxSize} pixels: of images (read with
 * ImageIO, subsampled while decoding so a large photo never lives in memory whole) and of the
 * first page of PDFs (rendered by PDFBox at just the resolution the thumbnail needs).
 */
final class Thumbnails {

	/** Images with more pixels than this get no thumbnail (decoding them would cost too much). */
	private static final long MAX_PIXELS = 200_000_000L;

	private final int maxSize;

	Thumbnails(int maxSize) {
		this.maxSize = maxSize;
	}

	/** A thumbnail for a file of that media type, or null when there is none to make. */
	byte[] of(Path file, String mime) throws IOException {
		if (mime.startsWith("image/")) {
			return image(file);
		}
		if (mime.equals("application/pdf")) {
			return pdfFirstPage(file);
		}
		return null;
	}

	private byte[] image(Path file) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
			if (input == null) {
				return null;
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_PIXELS) {
					return null;
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / (this.maxSize * 2));
				param.setSourceSubsampling(step, step, 0, 0);
				return jpeg(fit(reader.read(0, param)));
			}
			finally {
				reader.dispose();
			}
		}
	}

	private byte[] pdfFirstPage(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			if (document.getNumberOfPages() == 0) {
				return null;
			}
			PDRectangle box = document.getPage(0).getCropBox();
			float longest = Math.max(box.getWidth(), box.getHeight());
			float scale = (longest > 0) ? Math.min(2f, this.maxSize / longest) : 1f;
			BufferedImage page = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
			return jpeg(fit(page));
		}
	}

	/** Scales down to fit {@code maxSize}, on white (JPEG has no transparency). */
	private BufferedImage fit(BufferedImage image) {
		if (image == null) {
			throw new IllegalStateException("the image could not be decoded");
		}
		double scale = Math.min(1.0, (double) this.maxSize / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = thumbnail.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return thumbnail;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.8f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
