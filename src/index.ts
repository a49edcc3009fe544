// The bundle's entry: the runner starts it twice, as the main step and as the post step; the main
// step leaves state behind, which is how the second start knows it is the post step.
if (process.env.STATE_isPost === 'true') {
  await import('./post.js');
} else {
  await import('./main.js');
}
