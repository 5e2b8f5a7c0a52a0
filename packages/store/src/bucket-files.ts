import type { S3Client } from '@aws-sdk/client-s3';

// The S3 SDK loads on first use, as for attachments: most routes never need it.
const s3Sdk = () => import('@aws-sdk/client-s3');

/** The S3 client, or a function that makes it on first use. */
export type S3Source = S3Client | (() => Promise<S3Client>);

/** A file as it is written: its bytes and the headers a download answers with. */
export interface BucketFile {
  readonly key: string;
  readonly body: string | Uint8Array;
  readonly contentType: string;
  readonly contentDisposition?: string;
}

/**
 * Whole files in one bucket, written and read by key: what the letters' and
 * the reports' documents share. The client is made on first use.
 */
export class BucketFiles {
  readonly #source: S3Source;
  #s3?: Promise<S3Client>;
  readonly #bucket: string;

  constructor(source: S3Source, bucket: string) {
    this.#source = source;
    this.#bucket = bucket;
  }

  #client(): Promise<S3Client> {
    const source = this.#source;
    this.#s3 ??= typeof source === 'function' ? source() : Promise.resolve(source);
    return this.#s3;
  }

  async put(file: BucketFile): Promise<void> {
    const { PutObjectCommand } = await s3Sdk();
    await (await this.#client()).send(
      new PutObjectCommand({
        Bucket: this.#bucket,
        Key: file.key,
        Body: file.body,
        ContentType: file.contentType,
        ...(file.contentDisposition ? { ContentDisposition: file.contentDisposition } : {}),
      }),
    );
  }

  /** The bytes of the file at `key`, or null when none was written. */
  async get(key: string): Promise<Uint8Array | null> {
    const { GetObjectCommand, NoSuchKey } = await s3Sdk();
    try {
      const object = await (await this.#client()).send(
        new GetObjectCommand({ Bucket: this.#bucket, Key: key }),
      );
      return object.Body ? await object.Body.transformToByteArray() : null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') {
        return null;
      }
      throw error;
    }
  }
}
