export { lambdaContext, toApiGatewayEvent, writeResult } from './api-gateway.js';
export {
  type ContainersOptions,
  containerSubmission,
  runSubmitContainers,
  type SubmitAnswer,
} from './containers.js';
export { type DevLoginOptions, devLogin } from './dev-login.js';
export { type LambdaHandler, type MatchedRoute, matchRoute, type Route } from './routes.js';
export { createLocalServer, type LocalServerOptions } from './server.js';
export {
  handlerEnvironment,
  type LocalOidc,
  type LocalStack,
  type LocalStackOptions,
  startLocalStack,
} from './stack.js';
