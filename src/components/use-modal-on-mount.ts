import { useEffect, useRef } from 'react';

/** The dialogs are mounted once per opening (by their buttons), so mounting is opening. */
export function useModalOnMount() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!dialogRef.current?.open) dialogRef.current?.showModal();
  }, []);
  return dialogRef;
}
