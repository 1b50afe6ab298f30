// placeholder: the Action entry (issue 5)
export {};
