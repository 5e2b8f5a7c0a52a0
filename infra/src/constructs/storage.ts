import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type BucketProps,
  type CfnBucket,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface StorageProps {
  /** The district's customer managed key, for everything holding personal data. */
  readonly key: IKey;
  /** The web app's origins, the only ones a browser may upload from (presigned POST). */
  readonly webOrigins: readonly string[];
}

const PRIVATE: Partial<BucketProps> = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
  removalPolicy: RemovalPolicy.RETAIN,
};

function pin(bucket: Bucket, logicalId: string): Bucket {
  // Pinned: a refactor of the constructs must never replace stored files.
  (bucket.node.defaultChild as CfnBucket).overrideLogicalId(logicalId);
  return bucket;
}

/**
 * The district's buckets: applicants' attachments and the letters issued
 * (one bucket, `letters/` beside the uploads), the published annual reports,
 * the built web app, and the access logs of all of them.
 */
export class Storage extends Construct {
  readonly accessLogs: Bucket;
  readonly attachments: Bucket;
  readonly reports: Bucket;
  readonly web: Bucket;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    this.accessLogs = pin(
      new Bucket(this, 'AccessLogs', {
        ...PRIVATE,
        // S3 server access logs can only be delivered to SSE-S3 buckets.
        encryption: BucketEncryption.S3_MANAGED,
        objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
        versioned: true,
        lifecycleRules: [
          { expiration: Duration.days(400), noncurrentVersionExpiration: Duration.days(30) },
        ],
      }),
      'AccessLogsBucket',
    );
    const personal = (prefix: string): Partial<BucketProps> => ({
      ...PRIVATE,
      encryption: BucketEncryption.KMS,
      encryptionKey: props.key,
      bucketKeyEnabled: true,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: `${prefix}/`,
    });
    this.attachments = pin(
      new Bucket(this, 'Attachments', {
        ...personal('attachments'),
        lifecycleRules: [
          { abortIncompleteMultipartUploadAfter: Duration.days(1) },
          // A replaced object is kept a while for recovery, never for ever.
          { noncurrentVersionExpiration: Duration.days(90) },
        ],
        cors:
          props.webOrigins.length > 0
            ? [
                {
                  // POST: the presigned upload; GET: staff opening a checked file by its link.
                  allowedMethods: [HttpMethods.POST, HttpMethods.GET],
                  allowedOrigins: [...props.webOrigins],
                  allowedHeaders: ['*'],
                  maxAge: 3000,
                },
              ]
            : [],
      }),
      'AttachmentsBucket',
    );
    this.reports = pin(
      new Bucket(this, 'Reports', {
        ...personal('reports'),
        // Every published version of a report stays: they are public records.
        lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      }),
      'ReportsBucket',
    );
    this.web = pin(
      new Bucket(this, 'Web', {
        ...PRIVATE,
        encryption: BucketEncryption.S3_MANAGED,
        versioned: true,
        serverAccessLogsBucket: this.accessLogs,
        serverAccessLogsPrefix: 'web/',
        lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
        // Kept like the others (PRIVATE): CloudFormation cannot delete a
        // bucket that holds objects, and removing a district must not fail
        // halfway. Its content is the build alone: empty it by hand.
      }),
      'WebBucket',
    );
  }
}
