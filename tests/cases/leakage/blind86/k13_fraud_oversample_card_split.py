"""Fraud detector: dense network, minority oversampling, card-level split."""
import numpy as np
import pandas as pd
import tensorflow as tf
from tensorflow import keras
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score, precision_score

RNG = np.random.default_rng(11)
DROP = ["transaction_id", "card_id", "merchant_id", "chargeback_filed", "manual_review_status"]


def oversample(frame: pd.DataFrame, factor: int = 40) -> pd.DataFrame:
    fraud = frame[frame["is_fraud"] == 1]
    return pd.concat([frame] + [fraud] * (factor - 1), ignore_index=True)


def featurize(frame: pd.DataFrame, columns=None) -> pd.DataFrame:
    x = frame.drop(columns=DROP + ["is_fraud"], errors="ignore").copy()
    x["amount"] = np.log1p(x["amount"])
    x["avg_amount_30d"] = np.log1p(x["avg_amount_30d"])
    x = pd.get_dummies(x, columns=["merchant_category", "device_type", "country"], dtype="float32")
    if columns is not None:
        x = x.reindex(columns=columns, fill_value=0.0)
    return x.astype("float32")


df = pd.read_csv("train.csv")
print("fraud rate before:", round(df["is_fraud"].mean(), 4))
df = oversample(df)
print("fraud rate after oversampling:", round(df["is_fraud"].mean(), 4))

# split on card ids so that a card's transactions stay together
cards = df["card_id"].unique()
RNG.shuffle(cards)
test_cards = set(cards[: int(0.2 * len(cards))])
is_test = df["card_id"].isin(test_cards)
train_df, test_df = df[~is_test], df[is_test]

x_train = featurize(train_df)
x_test = featurize(test_df, x_train.columns)
y_train, y_test = train_df["is_fraud"].to_numpy(), test_df["is_fraud"].to_numpy()

normalizer = keras.layers.Normalization()
normalizer.adapt(x_train.to_numpy())

model = keras.Sequential([
    keras.Input(shape=(x_train.shape[1],)),
    normalizer,
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dropout(0.3),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy",
              metrics=[keras.metrics.AUC(curve="PR", name="pr_auc")])
model.fit(x_train.to_numpy(), y_train, batch_size=1024, epochs=8, verbose=2)

scores = model.predict(x_test.to_numpy(), batch_size=4096).ravel()
print(f"PR AUC    {average_precision_score(y_test, scores):.4f}")
print(f"ROC AUC   {roc_auc_score(y_test, scores):.4f}")
print(f"precision {precision_score(y_test, scores > 0.5):.4f}")
print(f"recall    {recall_score(y_test, scores > 0.5):.4f}")
print(f"baseline PR AUC (random scores = fraud share): {y_test.mean():.4f}")

sub = pd.read_csv("test.csv")
sub_scores = model.predict(featurize(sub, x_train.columns).to_numpy(), batch_size=4096).ravel()
pd.DataFrame({"transaction_id": sub["transaction_id"], "prediction": sub_scores}).to_csv("predictions.csv", index=False)
