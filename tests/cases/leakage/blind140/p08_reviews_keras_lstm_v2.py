# Product review sentiment with a small bidirectional LSTM (Keras), v2.
# reviews.csv: review_id, product_id, review_text, rating (1-5)
# v2: split first, vocabulary built from the training reviews only, majority baseline.
import re

import numpy as np
import pandas as pd
import tensorflow as tf
from sklearn.metrics import accuracy_score, classification_report, roc_auc_score
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
reviews = reviews[reviews["rating"] != 3]
reviews["positive"] = (reviews["rating"] >= 4).astype(int)


def clean(s):
    s = s.lower()
    s = re.sub(r"<[^>]+>", " ", s)
    s = re.sub(r"[^a-z0-9' ]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


reviews["clean"] = reviews["review_text"].map(clean)
train_df, test_df = train_test_split(reviews, test_size=0.2, random_state=1,
                                     stratify=reviews["positive"])

tokenizer = Tokenizer(num_words=MAX_WORDS, oov_token="<unk>")
tokenizer.fit_on_texts(train_df["clean"])


def encode(texts):
    return pad_sequences(tokenizer.texts_to_sequences(texts), maxlen=MAX_LEN,
                         padding="post", truncating="post")


X_train, y_train = encode(train_df["clean"]), train_df["positive"].values
X_test, y_test = encode(test_df["clean"]), test_df["positive"].values

# baseline: every review gets the majority label of the training set
majority = int(round(y_train.mean()))
print("baseline accuracy:", accuracy_score(y_test, np.full_like(y_test, majority)))
print("baseline auc: 0.5 (constant score)")

inp = layers.Input(shape=(MAX_LEN,))
x = layers.Embedding(MAX_WORDS, EMB_DIM, mask_zero=True)(inp)
x = layers.Bidirectional(layers.LSTM(64, return_sequences=True))(x)
x = layers.GlobalMaxPooling1D()(x)
x = layers.Dropout(0.3)(x)
x = layers.Dense(32, activation="relu")(x)
out = layers.Dense(1, activation="sigmoid")(x)
model = models.Model(inp, out)
model.compile(optimizer="adam", loss="binary_crossentropy",
              metrics=["accuracy", tf.keras.metrics.AUC(name="auc")])

model.fit(
    X_train, y_train,
    validation_split=0.1,
    epochs=10,
    batch_size=128,
    callbacks=[EarlyStopping(monitor="val_auc", mode="max", patience=2,
                             restore_best_weights=True)],
)

proba = model.predict(X_test).ravel()
pred = (proba > 0.5).astype(int)
print("test accuracy:", accuracy_score(y_test, pred))
print("test auc     :", roc_auc_score(y_test, proba))
print(classification_report(y_test, pred))

model.save("models/review_bilstm_v2.keras")
