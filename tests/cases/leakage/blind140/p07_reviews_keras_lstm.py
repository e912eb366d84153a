# Product review sentiment with a small bidirectional LSTM (Keras).
# reviews.csv: review_id, product_id, review_text, rating (1-5)
import re

import numpy as np
import pandas as pd
import tensorflow as tf
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from tensorflow.keras import layers, models
from tensorflow.keras.callbacks import EarlyStopping
from tensorflow.keras.preprocessing.sequence import pad_sequences
from tensorflow.keras.preprocessing.text import Tokenizer

tf.random.set_seed(1)
np.random.seed(1)

MAX_WORDS = 20000
MAX_LEN = 200
EMB_DIM = 128

reviews = pd.read_csv("data/reviews.csv")
reviews = reviews.dropna(subset=["review_text"])
reviews = reviews[reviews["rating"] != 3]            # drop neutral reviews
reviews["positive"] = (reviews["rating"] >= 4).astype(int)
print(reviews["positive"].value_counts(normalize=True))


def clean(s):
    s = s.lower()
    s = re.sub(r"<[^>]+>", " ", s)
    s = re.sub(r"[^a-z0-9' ]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


texts = reviews["review_text"].map(clean).tolist()
labels = reviews["positive"].values

tokenizer = Tokenizer(num_words=MAX_WORDS, oov_token="<unk>")
tokenizer.fit_on_texts(texts)
sequences = tokenizer.texts_to_sequences(texts)
X = pad_sequences(sequences, maxlen=MAX_LEN, padding="post", truncating="post")
print("vocab size:", len(tokenizer.word_index))

X_train, X_test, y_train, y_test = train_test_split(
    X, labels, test_size=0.2, random_state=1, stratify=labels)


def build_model():
    inp = layers.Input(shape=(MAX_LEN,))
    x = layers.Embedding(MAX_WORDS, EMB_DIM, mask_zero=True)(inp)
    x = layers.Bidirectional(layers.LSTM(64, return_sequences=True))(x)
    x = layers.GlobalMaxPooling1D()(x)
    x = layers.Dropout(0.3)(x)
    x = layers.Dense(32, activation="relu")(x)
    out = layers.Dense(1, activation="sigmoid")(x)
    m = models.Model(inp, out)
    m.compile(optimizer="adam", loss="binary_crossentropy",
              metrics=["accuracy", tf.keras.metrics.AUC(name="auc")])
    return m


model = build_model()
model.summary()
history = model.fit(
    X_train, y_train,
    validation_split=0.1,
    epochs=10,
    batch_size=128,
    callbacks=[EarlyStopping(monitor="val_auc", mode="max", patience=2,
                             restore_best_weights=True)],
)

loss, acc, auc = model.evaluate(X_test, y_test, verbose=0)
print(f"test loss={loss:.4f} acc={acc:.4f} auc={auc:.4f}")
proba = model.predict(X_test).ravel()
print("sklearn auc:", roc_auc_score(y_test, proba))
print(classification_report(y_test, (proba > 0.5).astype(int)))

model.save("models/review_bilstm.keras")
