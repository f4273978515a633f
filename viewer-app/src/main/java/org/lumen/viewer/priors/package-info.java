/**
 * Prior comparison: the patient's timeline across every configured server ({@link
 * org.lumen.viewer.priors.PatientTimeline}, built from a federated history search by {@link
 * org.lumen.viewer.priors.TimelineSearch}), and the plain-Java model that links two stacks side by
 * side: {@link org.lumen.viewer.priors.SliceStack} (slice positions along the normal in patient
 * coordinates), {@link org.lumen.viewer.priors.ScrollLink} (the slice of the other stack nearest in
 * position, within one frame of reference or through a user-set {@link
 * org.lumen.viewer.priors.FrameOffsets offset} across two) and {@link org.lumen.viewer.priors.ZoomLink}; which
 * priors are relevant and which of their series match ({@link org.lumen.viewer.priors.PriorChoice}, by modality and
 * body region, {@link org.lumen.viewer.priors.Anatomy}) and their prefetch ({@link org.lumen.viewer.priors.PriorPrefetch},
 * on its own thread).
 * Everything here is free of JavaFX and thread-confined to its caller except {@link
 * org.lumen.viewer.priors.TimelineSearch}, whose callback runs on the search executor's threads.
 */
package org.lumen.viewer.priors;
