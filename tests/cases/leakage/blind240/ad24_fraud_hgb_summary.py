"""
Card fraud scoring — HistGradientBoosting.

Summary (for the memo)
* Features: log amount, hour, merchant category, country, device type, and a
  cross-border flag. chargeback_flag dropped (it is set after the dispute).
* Model: HistGradientBoostingClassifier with native categorical support,
  class_weight="balanced" to cope with the 3% positive rate.
* Performance: 5-fold stratified out-of-fold predictions, compared against a
  prior-only classifier on PR-AUC, which is what matters for an alert queue.
  The final model is then refit on every labelled row.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_score, recall_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

CATS = ["merchant_category", "country", "device_type"]
NUMS = ["log_amount", "hour", "cross_border"]


def prepare(d):
    d = d.copy()
    d["log_amount"] = np.log1p(d["amount"].clip(lower=0))
    d["cross_border"] = (d["country"] != d.get("card_country", d["country"])).astype(int)
    return d


train = prepare(pd.read_csv("train.csv"))
X, y = train[NUMS + CATS], train["is_fraud"]
print(f"{len(train):,} transactions, {y.sum():,} fraud ({y.mean():.2%})")

enc = make_column_transformer(
    (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CATS),
    remainder="passthrough",
)
model = make_pipeline(
    enc,
    HistGradientBoostingClassifier(
        categorical_features=[0, 1, 2], learning_rate=0.06, max_iter=500,
        max_leaf_nodes=48, class_weight="balanced", random_state=7,
    ),
)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
p = cross_val_predict(model, X, y, cv=cv, method="predict_proba")[:, 1]
p0 = cross_val_predict(DummyClassifier(strategy="prior"), X, y, cv=cv, method="predict_proba")[:, 1]

print(f"prior     PR-AUC {average_precision_score(y, p0):.4f}  ROC-AUC {roc_auc_score(y, p0):.4f}  (out-of-fold)")
print(f"hgb       PR-AUC {average_precision_score(y, p):.4f}  ROC-AUC {roc_auc_score(y, p):.4f}  (out-of-fold)")

# alert-queue view: precision / recall if we review the top 1% of transactions
k = int(0.01 * len(p))
flag = np.zeros(len(p), dtype=int)
flag[np.argsort(-p)[:k]] = 1
print(f"top 1% queue: precision {precision_score(y, flag):.3f}  recall {recall_score(y, flag):.3f}")

# final fit on everything; the in-sample number is only a sanity check for
# over-fitting, not the estimate I report
model.fit(X, y)
print(f"in-sample PR-AUC {average_precision_score(y, model.predict_proba(X)[:, 1]):.4f}")

test = prepare(pd.read_csv("test.csv"))
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": model.predict_proba(test[NUMS + CATS])[:, 1]}).to_csv("predictions.csv", index=False)
