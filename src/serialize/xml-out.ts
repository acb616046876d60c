/**
 * Where the serializer writes: text as it goes, and kept pieces (a frozen value's element, encoded
 * once, ./write-fields.ts) between. Consecutive text is appended and encoded into a piece of its own
 * every TEXT_PIECE characters or so: an answer with nothing kept (a 23 MB list of unfrozen values) is
 * never one string either.
 */
import { XmlBody } from './xml-body.js';
import { XmlPiece } from './xml-piece.js';

/**
 * About this many UTF-16 units of text make one piece. A piece ends only between two writes: a write
 * is a whole tag or escaped value, so a surrogate pair is never split across pieces.
 */
const TEXT_PIECE = 64 * 1024;

export class XmlOut {
  /** Text since the last piece, appended (V8 keeps it as a rope until it is encoded). */
  private text = '';
  private readonly pieces: XmlPiece[] = [];

  write(s: string): void {
    this.text += s;
    if (this.text.length >= TEXT_PIECE) this.flush();
  }

  piece(p: XmlPiece): void {
    this.flush();
    this.pieces.push(p);
  }

  private flush(): void {
    if (this.text === '') return;
    this.pieces.push(XmlPiece.of(this.text));
    this.text = '';
  }

  /** What was written, as pieces. */
  body(): XmlBody {
    this.flush();
    return new XmlBody(this.pieces);
  }

  /** What was written, as one string (a piece's own XML, the upload servlet's small documents). */
  toString(): string {
    return this.pieces.length === 0 ? this.text : this.pieces.map((p) => p.bytes.toString('utf8')).join('') + this.text;
  }
}
