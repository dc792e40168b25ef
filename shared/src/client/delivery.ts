// The delivery link without the socket client itself: the visitor's chat page loads this at once and socket.io-client
// only when a chat starts, so nothing here may import a runtime module beyond these files (types only otherwise).
export * from './ask';
export * from './message-seq';
export * from './outbox';
