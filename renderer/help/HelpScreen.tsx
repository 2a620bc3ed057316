export function HelpScreen() {
  return (
    <section aria-labelledby="help-title">
      <h2 id="help-title">Office Ally help</h2>
      <p>The offline help reference is being assembled.</p>
    </section>
  );
}
