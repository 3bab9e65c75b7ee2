/** Copies text to the clipboard and says what happened, for a dialog's status line. */
export async function copyText(text: string, what: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return `${what} copied to the clipboard.`;
  } catch {
    return 'Could not copy: select the text and copy it yourself.';
  }
}
