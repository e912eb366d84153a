"""Fraud detection: calibrated gradient boosting with a tuned alert threshold."""
import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, precision_score, recall_score
from sklearn.model_selection import train_test_split

TARGET = "is_fraud"
EXCLUDE = {"is_fraud", "chargeback_flag"}  # chargeback only shows up after the dispute
CATEGORICAL = ["merchant_category", "country"]
MIN_PRECISION = 0.60


def featurize(frame, features, columns=None):
    X = pd.get_dummies(frame[features], columns=CATEGORICAL, dtype=float)
    X["amount_log"] = np.log1p(frame["amount"])
    X["fresh_device"] = (frame["device_age_days"] <= 3).astype(float)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def pick_threshold(y_true, proba, min_precision):
    """Lowest threshold whose precision reaches the target (max recall under that constraint)."""
    best = None
    for t in np.linspace(0.02, 0.98, 49):
        pred = (proba >= t).astype(int)
        if pred.sum() == 0:
            continue
        if precision_score(y_true, pred) >= min_precision:
            best = t
            break
    return 0.5 if best is None else float(best)


df = pd.read_csv("train.csv")
features = [c for c in df.columns if c not in EXCLUDE]
print("using", len(features), "raw columns:", features)

X = featurize(df, features)
y = df[TARGET]

X_rest, X_test, y_rest, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=8)
X_fit, X_val, y_fit, y_val = train_test_split(X_rest, y_rest, test_size=0.25, stratify=y_rest, random_state=8)

base_model = HistGradientBoostingClassifier(learning_rate=0.06, max_iter=300, max_leaf_nodes=24, random_state=8)
model = CalibratedClassifierCV(base_model, method="isotonic", cv=3)
model.fit(X_fit, y_fit)

p_val = model.predict_proba(X_val)[:, 1]
threshold = pick_threshold(y_val, p_val, MIN_PRECISION)
print(f"threshold chosen on validation: {threshold:.2f}")

p_test = model.predict_proba(X_test)[:, 1]
alerts = (p_test >= threshold).astype(int)

prior = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
p_prior = prior.predict_proba(X_test)[:, 1]

print(f"test PR AUC      {average_precision_score(y_test, p_test):.4f} (prior {average_precision_score(y_test, p_prior):.4f})")
print(f"test Brier       {brier_score_loss(y_test, p_test):.5f} (prior {brier_score_loss(y_test, p_prior):.5f})")
print(f"test precision   {precision_score(y_test, alerts, zero_division=0):.3f}")
print(f"test recall      {recall_score(y_test, alerts):.3f}")
print(f"alert rate       {alerts.mean():.4f}")

# refit with the same recipe on all labelled rows
final = CalibratedClassifierCV(
    HistGradientBoostingClassifier(learning_rate=0.06, max_iter=300, max_leaf_nodes=24, random_state=8),
    method="isotonic",
    cv=3,
).fit(X, y)

test = pd.read_csv("test.csv")
X_sub = featurize(test, features, columns=X.columns)
pd.DataFrame({"txn_id": test["txn_id"], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv")
