export { askDestination, publish, type DestinationState, type PublishOptions } from './execute.js';
export { isNonDistributable, planManifest, treePlan, type PlanManifest, type PublishPlan } from './plan.js';
export { changedOutput, emptyStats, sumStats, type PublishStats } from './stats.js';
export { attestPlan, signPlan, signPlanWith, type SignedPlan } from './sign.js';
