/**
 * The largest raw weight the weights panel accepts. "What would it take" searches within the same
 * range, so every weight it suggests can be set with the slider.
 */
export const WEIGHT_MAX = 100;
