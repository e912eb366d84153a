# Sentiment analysis on the IMDB 50k movie reviews with an LSTM
# data: https://www.kaggle.com/datasets/lakshmi25npathi/imdb-dataset-of-50k-movie-reviews

import re
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from bs4 import BeautifulSoup
from sklearn.model_selection import train_test_split
from tensorflow.keras.preprocessing.text import Tokenizer
from tensorflow.keras.preprocessing.sequence import pad_sequences
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Embedding, LSTM, Dense, Dropout, SpatialDropout1D
from tensorflow.keras.callbacks import EarlyStopping

MAX_WORDS = 20000
MAX_LEN = 250
EMBED_DIM = 128

df = pd.read_csv("IMDB Dataset.csv")
print(df.shape)
print(df["sentiment"].value_counts())


def clean_review(text):
    text = BeautifulSoup(text, "html.parser").get_text()
    text = re.sub(r"[^a-zA-Z']", " ", text)
    text = re.sub(r"\s+", " ", text)
    return text.lower().strip()


df["review"] = df["review"].apply(clean_review)
df["sentiment"] = df["sentiment"].map({"positive": 1, "negative": 0})

# review length distribution
lengths = df["review"].str.split().str.len()
print(lengths.describe())
lengths.hist(bins=100)
plt.xlim(0, 1000)
plt.savefig("review_lengths.png")
plt.close()

tokenizer = Tokenizer(num_words=MAX_WORDS, oov_token="<OOV>")
tokenizer.fit_on_texts(df["review"].values)
word_index = tokenizer.word_index
print("Found %s unique tokens." % len(word_index))

X = tokenizer.texts_to_sequences(df["review"].values)
X = pad_sequences(X, maxlen=MAX_LEN, padding="post", truncating="post")
y = df["sentiment"].values
print("Shape of data tensor:", X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
print(X_train.shape, y_train.shape)
print(X_test.shape, y_test.shape)

model = Sequential()
model.add(Embedding(MAX_WORDS, EMBED_DIM, input_length=MAX_LEN))
model.add(SpatialDropout1D(0.2))
model.add(LSTM(100, dropout=0.2, recurrent_dropout=0.2))
model.add(Dense(64, activation="relu"))
model.add(Dropout(0.3))
model.add(Dense(1, activation="sigmoid"))
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
print(model.summary())

history = model.fit(
    X_train,
    y_train,
    epochs=10,
    batch_size=64,
    validation_split=0.1,
    callbacks=[EarlyStopping(monitor="val_loss", patience=2, min_delta=0.0001)],
)

accr = model.evaluate(X_test, y_test)
print("Test set\n  Loss: {:0.3f}\n  Accuracy: {:0.3f}".format(accr[0], accr[1]))

plt.title("Loss")
plt.plot(history.history["loss"], label="train")
plt.plot(history.history["val_loss"], label="validation")
plt.legend()
plt.savefig("lstm_loss.png")

# quick sanity check on some new text
samples = ["This movie was absolutely wonderful, the cast was great",
           "Worst film I have seen in years. Total waste of time."]
seq = pad_sequences(tokenizer.texts_to_sequences([clean_review(s) for s in samples]), maxlen=MAX_LEN,
                    padding="post", truncating="post")
print(model.predict(seq))
