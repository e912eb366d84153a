"""Card fraud take-home.

train.csv is split 60/20/20 (stratified): models and early stopping use the
validation part; the test part is scored once, for the chosen model only.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET, ID = "is_fraud", "transaction_id"
NOT_FEATURES = [TARGET, ID, "chargeback_flag", "card_id", "timestamp"]


def prepare(df, columns=None):
    out = df.assign(
        amount_log=lambda d: np.log1p(d["amount"]),
        night=lambda d: d["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int),
        young_device=lambda d: (d["device_age_days"] < 3).astype(int),
    )
    out = pd.get_dummies(out.drop(columns=NOT_FEATURES, errors="ignore"),
                         columns=["merchant_category", "country"], dtype=float)
    return out if columns is None else out.reindex(columns=columns, fill_value=0.0)


raw = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
X = prepare(raw)
y = raw[TARGET]
print(X.shape, y.mean())

X_rest, X_test, y_rest, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)
X_tr, X_val, y_tr, y_val = train_test_split(X_rest, y_rest, test_size=0.25, stratify=y_rest,
                                            random_state=5)

val_scores, fitted = {}, {}

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
fitted["dummy"] = dummy
val_scores["dummy"] = average_precision_score(y_val, dummy.predict_proba(X_val)[:, 1])

logreg = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=0.5,
                                                            class_weight="balanced"))
logreg.fit(X_tr, y_tr)
fitted["logreg"] = logreg
val_scores["logreg"] = average_precision_score(y_val, logreg.predict_proba(X_val)[:, 1])

gbm = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.02, num_leaves=31,
                         min_child_samples=40, subsample=0.8, subsample_freq=1,
                         colsample_bytree=0.8, verbose=-1)
gbm.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], eval_metric="average_precision",
        callbacks=[lgb.early_stopping(200, verbose=False)])
fitted["lgbm"] = gbm
val_scores["lgbm"] = average_precision_score(y_val, gbm.predict_proba(X_val)[:, 1])

for k, v in val_scores.items():
    print(f"validation PR-AUC {k:7s} {v:.4f}")
chosen = max(val_scores, key=val_scores.get)
print("chosen on validation:", chosen)

p_test = fitted[chosen].predict_proba(X_test)[:, 1]
print(f"TEST  PR-AUC {average_precision_score(y_test, p_test):.4f}  "
      f"ROC-AUC {roc_auc_score(y_test, p_test):.4f}")

# final refit on all labelled rows (tree count fixed from early stopping)
if chosen == "lgbm":
    final = lgb.LGBMClassifier(n_estimators=gbm.best_iteration_, learning_rate=0.02, num_leaves=31,
                               min_child_samples=40, subsample=0.8, subsample_freq=1,
                               colsample_bytree=0.8, verbose=-1)
else:
    final = fitted[chosen]
final.fit(X, y)
pd.DataFrame({ID: sub[ID],
              "prediction": final.predict_proba(prepare(sub, X.columns))[:, 1]}).to_csv(
    "predictions.csv", index=False)
