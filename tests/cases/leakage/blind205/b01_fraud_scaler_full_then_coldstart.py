"""Card fraud take-home -- logistic regression on engineered transaction features.

Iterated on this a few times; the numbered sections are the attempts I kept.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

pd.set_option("display.width", 140)
RANDOM_STATE = 7

# ---------------------------------------------------------------- load
df = pd.read_csv("train.csv", parse_dates=["transaction_time"])
test_df = pd.read_csv("test.csv", parse_dates=["transaction_time"])
print(df.shape, test_df.shape)
print(df.head())
print(df["is_fraud"].value_counts(normalize=True))
print(df.groupby("merchant_category")["is_fraud"].agg(["mean", "size"]).sort_values("mean"))


def cold_start_cut(frame, cutoff):
    """Rows before cutoff for fitting; rows after cutoff from cards never seen before."""
    before = frame[frame["transaction_time"] < cutoff]
    after = frame[frame["transaction_time"] >= cutoff]
    after = after[~after["card_id"].isin(before["card_id"].unique())]
    return before, after


def add_features(frame):
    frame = frame.sort_values(["card_id", "transaction_time"]).copy()
    frame["hour"] = frame["transaction_time"].dt.hour
    frame["dow"] = frame["transaction_time"].dt.dayofweek
    frame["log_amount"] = np.log1p(frame["amount"])
    g = frame.groupby("card_id")
    frame["card_txn_n"] = g.cumcount()
    frame["secs_since_prev"] = g["transaction_time"].diff().dt.total_seconds().fillna(-1)
    frame["prev_amount"] = g["amount"].shift(1).fillna(0)
    frame["amount_vs_prev"] = frame["amount"] / (frame["prev_amount"] + 1)
    return frame.sort_values("transaction_time")


df = add_features(df)
test_df = add_features(test_df)

# ---------------------------------------------------------------- attempt 1: raw numeric only
base_cols = ["log_amount", "hour", "dow", "is_foreign"]
cutoff = df["transaction_time"].quantile(0.8)
tr, te = cold_start_cut(df, cutoff)
print("fit rows", len(tr), "eval rows", len(te), "eval fraud rate", te["is_fraud"].mean().round(4))

model = LogisticRegression(max_iter=1000, class_weight="balanced")
model.fit(tr[base_cols], tr["is_fraud"])
p = model.predict_proba(te[base_cols])[:, 1]
print("attempt 1  auc %.4f  ap %.4f" % (roc_auc_score(te["is_fraud"], p), average_precision_score(te["is_fraud"], p)))

# ---------------------------------------------------------------- attempt 2: more features, scaled
cat_dummies = pd.get_dummies(df["merchant_category"], prefix="mcc", dtype=float)
channel_dummies = pd.get_dummies(df["channel"], prefix="ch", dtype=float)
num_cols = ["log_amount", "hour", "dow", "is_foreign", "card_txn_n", "secs_since_prev", "prev_amount", "amount_vs_prev"]

X = pd.concat([df[num_cols], cat_dummies, channel_dummies], axis=1)
scaler = StandardScaler()
X[num_cols] = scaler.fit_transform(X[num_cols])
X["transaction_time"] = df["transaction_time"]
X["card_id"] = df["card_id"]
X["is_fraud"] = df["is_fraud"]

feature_cols = [c for c in X.columns if c not in ("transaction_time", "card_id", "is_fraud")]
tr, te = cold_start_cut(X, cutoff)
X_train, y_train = tr[feature_cols], tr["is_fraud"]
X_test, y_test = te[feature_cols], te["is_fraud"]

model = LogisticRegression(max_iter=2000, class_weight="balanced", C=0.5)
model.fit(X_train, y_train)
p = model.predict_proba(X_test)[:, 1]
print("attempt 2  auc %.4f  ap %.4f" % (roc_auc_score(y_test, p), average_precision_score(y_test, p)))

# ---------------------------------------------------------------- comparison table
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]
rows = [
    ("prior (baseline)", roc_auc_score(y_test, p_dummy), average_precision_score(y_test, p_dummy)),
    ("logreg attempt 2", roc_auc_score(y_test, p), average_precision_score(y_test, p)),
]
print(pd.DataFrame(rows, columns=["model", "roc_auc", "avg_precision"]).to_string(index=False))

coefs = pd.Series(model.coef_[0], index=feature_cols).sort_values()
print(coefs.head(8))
print(coefs.tail(8))

# ---------------------------------------------------------------- final fit + predictions
final = LogisticRegression(max_iter=2000, class_weight="balanced", C=0.5)
X_all = X[feature_cols]
final.fit(X_all, X["is_fraud"])

T = pd.concat(
    [
        test_df[num_cols],
        pd.get_dummies(test_df["merchant_category"], prefix="mcc", dtype=float),
        pd.get_dummies(test_df["channel"], prefix="ch", dtype=float),
    ],
    axis=1,
)
T = T.reindex(columns=feature_cols, fill_value=0.0)
T[num_cols] = scaler.transform(T[num_cols])
pred = pd.DataFrame({"transaction_id": test_df["transaction_id"], "prediction": final.predict_proba(T)[:, 1]})
pred.to_csv("predictions.csv", index=False)
print(pred.describe())
