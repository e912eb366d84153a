# fraud take-home: random forest + tuned decision threshold
# the default 0.5 cut-off is useless at a 3% base rate, so I pick the
# threshold that maximises F1 on a validation split and then report
# precision / recall on the untouched test split.
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import (average_precision_score, f1_score,
                             precision_recall_curve, precision_score,
                             recall_score)
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

SEED = 0

df = pd.read_csv("train.csv")
sub_df = pd.read_csv("test.csv")

features = ["merchant_category", "amount", "hour", "country", "device_type",
            "card_age_days", "tx_count_24h"]
cats = ["merchant_category", "country", "device_type"]
nums = [c for c in features if c not in cats]

X = df[features]
y = df["is_fraud"]

X_rest, X_test, y_rest, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=SEED)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=0.25, stratify=y_rest, random_state=SEED)


def build_model():
    pre = ColumnTransformer([
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), cats),
        ("num", "passthrough", nums),
    ])
    rf = RandomForestClassifier(
        n_estimators=400, min_samples_leaf=5, max_features="sqrt",
        class_weight="balanced_subsample", n_jobs=-1, random_state=SEED)
    return Pipeline([("pre", pre), ("rf", rf)])


def best_f1_threshold(y_true, scores):
    prec, rec, thr = precision_recall_curve(y_true, scores)
    f1 = 2 * prec * rec / np.clip(prec + rec, 1e-12, None)
    # thresholds has one element fewer than prec/rec
    i = int(np.nanargmax(f1[:-1]))
    return thr[i], f1[i]


def report(name, y_true, scores, thr):
    pred = (scores >= thr).astype(int)
    print(f"{name:10s} thr={thr:.3f} "
          f"AP={average_precision_score(y_true, scores):.4f} "
          f"P={precision_score(y_true, pred, zero_division=0):.3f} "
          f"R={recall_score(y_true, pred):.3f} "
          f"F1={f1_score(y_true, pred):.3f}")


model = build_model()
model.fit(X_train, y_train)
scores_val = model.predict_proba(X_val)[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=SEED)
dummy.fit(X_train, y_train)

thr, f1_val = best_f1_threshold(y_val, scores_val)
print(f"threshold picked on validation: {thr:.4f} (val F1={f1_val:.3f})")

scores_test = model.predict_proba(X_test)[:, 1]
dummy_scores = dummy.predict_proba(X_test)[:, 1]

print("\n--- final hold-out numbers ---")
report("dummy", y_test, dummy_scores, 0.5)
report("rf", y_test, scores_test, thr)

# how many alerts per 10k transactions at that threshold
alerts_per_10k = (scores_test >= thr).mean() * 10_000
print(f"alerts per 10k transactions: {alerts_per_10k:.0f}")

# refit on the whole train.csv for the submission; keep the threshold
# around for the memo (predictions.csv wants probabilities anyway)
model.fit(X, y)
out = pd.DataFrame({
    "transaction_id": sub_df["transaction_id"],
    "prediction": model.predict_proba(sub_df[features])[:, 1],
})
out.to_csv("predictions.csv", index=False)
print("flagged in test.csv at chosen threshold:", int((out["prediction"] >= thr).sum()))
