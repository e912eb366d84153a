# ---------------------------------------------------------------------------
# Fraud take-home: nested cross-validation
#   inner loop  -> GridSearchCV picks the number of features + boosting params
#   outer loop  -> unbiased estimate of the whole procedure (selection included)
# Feature trimming is an RFE step inside the pipeline (extra-trees importances).
# ---------------------------------------------------------------------------
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.feature_selection import RFE
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline

df = pd.read_csv("train.csv")
df["log_amount"] = np.log1p(df["amount"])
df["hour_sin"] = np.sin(2 * np.pi * df["hour"] / 24)
df["hour_cos"] = np.cos(2 * np.pi * df["hour"] / 24)
df = pd.get_dummies(df, columns=["merchant_category", "country", "device_type"], dtype=np.uint8)

y = df.pop("is_fraud")
X = df.drop(columns=["transaction_id", "card_id", "timestamp", "chargeback_flag", "amount", "hour"])
print("X:", X.shape, "fraud rate:", round(y.mean(), 4))

pipe = Pipeline([
    ("rfe", RFE(ExtraTreesClassifier(n_estimators=150, min_samples_leaf=5, n_jobs=-1, random_state=0), step=3)),
    ("hgb", HistGradientBoostingClassifier(max_iter=300, random_state=0)),
])

# --- nested CV
inner = StratifiedKFold(3, shuffle=True, random_state=1)
outer = StratifiedKFold(5, shuffle=True, random_state=2)
grid = {"rfe__n_features_to_select": [8, 16, 32],
        "hgb__learning_rate": [0.03, 0.1], "hgb__max_leaf_nodes": [15, 31, 63],
        "hgb__min_samples_leaf": [20, 100]}
tuned = GridSearchCV(pipe, grid, cv=inner, scoring="average_precision", n_jobs=-1)

ap = cross_val_score(tuned, X, y, cv=outer, scoring="average_precision")
auc = cross_val_score(tuned, X, y, cv=outer, scoring="roc_auc")
dummy_ap = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=outer, scoring="average_precision")
print(f"nested CV AP  {ap.mean():.4f} +- {ap.std():.4f}   (dummy {dummy_ap.mean():.4f})")
print(f"nested CV AUC {auc.mean():.4f} +- {auc.std():.4f}")

# --- final model for the submission
tuned.fit(X, y)
print("final params:", tuned.best_params_)
kept = X.columns[tuned.best_estimator_.named_steps["rfe"].support_]
print(f"RFE kept {len(kept)} of {X.shape[1]} features:", list(kept))
sub = pd.read_csv("test.csv")
sub["log_amount"] = np.log1p(sub["amount"])
sub["hour_sin"] = np.sin(2 * np.pi * sub["hour"] / 24)
sub["hour_cos"] = np.cos(2 * np.pi * sub["hour"] / 24)
sub = pd.get_dummies(sub, columns=["merchant_category", "country", "device_type"], dtype=np.uint8)
sub = sub.reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"transaction_id": pd.read_csv("test.csv")["transaction_id"],
              "prediction": tuned.predict_proba(sub)[:, 1]}).to_csv("predictions.csv", index=False)
