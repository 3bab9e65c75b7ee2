/** A dialog's last row: Close, which closes the `<dialog>` it sits in. */
export function DialogClose() {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={(event) => event.currentTarget.closest('dialog')?.close()}>
        Close
      </button>
    </div>
  );
}
