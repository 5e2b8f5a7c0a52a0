import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { DeployableDistrict } from '../district-stack.js';
import { appFile } from '../paths.js';
import { type ApiRoute, apiRoutes, trackerEntry } from '../routes.js';
import { HandlerFunction } from './handler-function.js';

export interface HandlersProps {
  readonly district: DeployableDistrict;
  readonly table: ITable;
  readonly attachments: IBucket;
  readonly reports: IBucket;
}

/** A route and the function that answers it. */
export interface RouteFunction {
  readonly route: ApiRoute;
  readonly fn: IFunction;
}

/** `POST /api/requests/{receiptNo}/attachments` → `PostRequestsReceiptNoAttachments`. */
export function routeId({ method, path }: Pick<ApiRoute, 'method' | 'path'>): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[/{}-]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]?.toUpperCase() + word.slice(1));
  return `${method[0]}${method.slice(1).toLowerCase()}${words.join('')}`;
}

/**
 * Every handler of the district as its own function: one per API route,
 * and the deadline tracker. The environment is what `createRuntime` reads.
 */
export class Handlers extends Construct {
  readonly routes: readonly RouteFunction[];
  readonly tracker: HandlerFunction;

  constructor(scope: Construct, id: string, props: HandlersProps) {
    super(scope, id);
    const environment = {
      OGI_DISTRICT_CONFIG: JSON.stringify(props.district),
      OGI_TABLE_NAME: props.table.tableName,
      OGI_ATTACHMENTS_BUCKET: props.attachments.bucketName,
      OGI_REPORTS_BUCKET: props.reports.bucketName,
    };
    this.routes = apiRoutes().map((route) => ({
      route,
      fn: new HandlerFunction(this, routeId(route), {
        entry: appFile(route.app, route.entry),
        description: `ogi ${props.district.id}: ${route.method} ${route.path}`,
        environment,
        memorySize: 512,
        timeout: Duration.seconds(10),
      }),
    }));
    this.tracker = new HandlerFunction(this, 'Tracker', {
      entry: appFile('deadlines', trackerEntry),
      description: `ogi ${props.district.id}: the deadline tracker's morning sweep`,
      environment,
      memorySize: 512,
      timeout: Duration.minutes(5),
    });
  }
}
