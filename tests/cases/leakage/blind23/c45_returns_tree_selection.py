import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SEED = 45
CUTOFF = pd.Timestamp("2023-09-01")
NUM = ["price", "discount_pct", "quantity", "shipping_days", "customer_tenure_days", "is_gift"]
CAT = ["product_category", "brand", "size", "payment_method", "device", "colour", "fit_type"]


def design_matrix(df):
    X = pd.get_dummies(df[NUM + CAT], columns=CAT, dtype=np.float32)
    X["log_price"] = np.log1p(df["price"])
    X["deep_discount"] = (df["discount_pct"] >= 40).astype(np.float32)
    return X.fillna(0)


def select_columns(X, y, threshold="1.5*median"):
    forest = ExtraTreesClassifier(n_estimators=300, min_samples_leaf=20, n_jobs=-1, random_state=SEED)
    sfm = SelectFromModel(forest, threshold=threshold).fit(X, y)
    return X.columns[sfm.get_support()].tolist()


lines = pd.read_csv("data/order_lines.csv", parse_dates=["order_date"])
X_all = design_matrix(lines)
y_all = lines["returned"]
print("design matrix:", X_all.shape)

kept = select_columns(X_all, y_all)
print(f"kept {len(kept)} of {X_all.shape[1]} columns")

is_train = (lines.order_date < CUTOFF).to_numpy()
train_customers = set(lines.loc[is_train, "customer_id"])
is_test = (~is_train) & (~lines.customer_id.isin(train_customers)).to_numpy()

X_tr, y_tr = X_all.loc[is_train, kept], y_all[is_train]
X_te, y_te = X_all.loc[is_test, kept], y_all[is_test]

model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=0.5))
model.fit(X_tr, y_tr)
p = model.predict_proba(X_te)[:, 1]
p_base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]

print(json.dumps({
    "n_test_lines": int(is_test.sum()),
    "roc_auc": round(roc_auc_score(y_te, p), 4),
    "pr_auc": round(average_precision_score(y_te, p), 4),
    "baseline_pr_auc": round(average_precision_score(y_te, p_base), 4),
}, indent=2))
coefs = pd.Series(model[-1].coef_[0], index=kept).sort_values()
print(coefs.head(8).round(3))
print(coefs.tail(8).round(3))
