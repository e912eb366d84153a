"""Train a BiLSTM sentiment classifier on product reviews.

Usage:
    python train.py --data data/reviews.csv --epochs 8 --max-words 20000
"""
import argparse
import json
import os
import re

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from tensorflow.keras import layers, models
from tensorflow.keras.callbacks import EarlyStopping, ModelCheckpoint
from tensorflow.keras.preprocessing.sequence import pad_sequences
from tensorflow.keras.preprocessing.text import Tokenizer

HTML_RE = re.compile(r"<[^>]+>")
NON_ALPHA_RE = re.compile(r"[^a-z0-9' ]+")


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="data/reviews.csv")
    p.add_argument("--out", default="artifacts/sentiment")
    p.add_argument("--max-words", type=int, default=20000)
    p.add_argument("--max-len", type=int, default=250)
    p.add_argument("--embed-dim", type=int, default=128)
    p.add_argument("--epochs", type=int, default=8)
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--seed", type=int, default=13)
    return p.parse_args()


def clean_text(text):
    text = str(text).lower()
    text = HTML_RE.sub(" ", text)
    text = NON_ALPHA_RE.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def load_reviews(path):
    df = pd.read_csv(path)
    df = df.dropna(subset=["review", "sentiment"])
    df = df.drop_duplicates(subset=["review"])
    df["text"] = df["review"].map(clean_text)
    df["label"] = (df["sentiment"].str.lower() == "positive").astype(int)
    print("reviews:", df.shape)
    print(df["label"].value_counts(normalize=True).round(3))
    print("median length (words):", df["text"].str.split().str.len().median())
    return df


def build_model(vocab_size, embed_dim, max_len):
    model = models.Sequential([
        layers.Input(shape=(max_len,)),
        layers.Embedding(vocab_size, embed_dim),
        layers.SpatialDropout1D(0.2),
        layers.Bidirectional(layers.LSTM(64, return_sequences=True)),
        layers.GlobalMaxPooling1D(),
        layers.Dense(64, activation="relu"),
        layers.Dropout(0.3),
        layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def main():
    args = parse_args()
    np.random.seed(args.seed)
    os.makedirs(args.out, exist_ok=True)

    df = load_reviews(args.data)

    tokenizer = Tokenizer(num_words=args.max_words, oov_token="<unk>")
    tokenizer.fit_on_texts(df["text"].tolist())
    sequences = tokenizer.texts_to_sequences(df["text"].tolist())
    X = pad_sequences(sequences, maxlen=args.max_len, padding="post", truncating="post")
    y = df["label"].values
    print("vocabulary size:", len(tokenizer.word_index))

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, random_state=args.seed, stratify=y
    )

    model = build_model(args.max_words, args.embed_dim, args.max_len)
    model.summary()

    callbacks = [
        EarlyStopping(monitor="val_loss", patience=2, restore_best_weights=True),
        ModelCheckpoint(os.path.join(args.out, "best.keras"), save_best_only=True),
    ]
    history = model.fit(
        X_train,
        y_train,
        validation_split=0.1,
        epochs=args.epochs,
        batch_size=args.batch_size,
        callbacks=callbacks,
        verbose=2,
    )

    proba = model.predict(X_test, batch_size=512).ravel()
    preds = (proba >= 0.5).astype(int)
    metrics = {
        "accuracy": float(accuracy_score(y_test, preds)),
        "roc_auc": float(roc_auc_score(y_test, proba)),
        "epochs_run": len(history.history["loss"]),
    }
    print(classification_report(y_test, preds, target_names=["negative", "positive"]))
    print(json.dumps(metrics, indent=2))

    with open(os.path.join(args.out, "metrics.json"), "w") as fh:
        json.dump(metrics, fh, indent=2)
    with open(os.path.join(args.out, "tokenizer.json"), "w") as fh:
        fh.write(tokenizer.to_json())


if __name__ == "__main__":
    main()
