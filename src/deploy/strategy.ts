/**
 * How a deploy gets the images onto the target. `source`: ship the tree, build there. `image`: build here, `docker save |
 * docker load`. `registry`: build here, push to `target.registry`, pull there. Its own module: the action's first step
 * checks its input against this list without loading the deploy.
 */
export const DEPLOY_STRATEGIES = ['source', 'image', 'registry'] as const
export type DeployStrategy = (typeof DEPLOY_STRATEGIES)[number]
