"""Returns take-home -- interpretable logistic regression.

The business asked for something they can read, so: standardised numeric
features + one-hot categoricals + L2 logistic regression, coefficients printed.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

pd.set_option("display.width", 140)

df = pd.read_parquet("data/orders.parquet", engine="pyarrow", dtype_backend="pyarrow")
df["order_date"] = pd.to_datetime(df["order_date"])
df["customer_signup_date"] = pd.to_datetime(df["customer_signup_date"])
df = df.sort_values("order_date").reset_index(drop=True)
print(df.shape, df["returned"].mean())

# ---------------------------------------------------------------- features
df["tenure_days"] = (df["order_date"] - df["customer_signup_date"]).dt.days
df["value_per_item"] = df["order_value"] / df["n_items"].clip(lower=1)
df["log_value"] = np.log1p(df["order_value"].astype(float))
df["weekend"] = (df["order_date"].dt.dayofweek >= 5).astype(int)
df["bracketing"] = (df["n_size_variants"] > 1).astype(int)

NUM = ["log_value", "n_items", "discount_pct", "tenure_days", "value_per_item", "n_size_variants"]
BIN = ["is_gift", "weekend", "bracketing"]
CAT = ["category", "payment_method", "shipping_speed", "device"]

# put numeric features on one scale so the coefficients are comparable
scaler = StandardScaler().set_output(transform="pandas")
df[NUM] = scaler.fit_transform(df[NUM].astype(float))
print(df[NUM].describe().T[["mean", "std"]])

dummies = pd.get_dummies(df[CAT], drop_first=True, dtype=float)
features = pd.concat([df[NUM], df[BIN].astype(float), dummies], axis=1)


# ---------------------------------------------------------------- split
def time_split_new_customers(frame, cutoff):
    """Train = orders before cutoff; test = later orders of customers with no
    order before the cutoff (the model will be used on new customers)."""
    before = frame["order_date"] < cutoff
    seen = set(frame.loc[before, "customer_id"])
    after_new = (~before) & (~frame["customer_id"].isin(seen))
    return frame.index[before], frame.index[after_new]


tr_idx, te_idx = time_split_new_customers(df, pd.Timestamp("2024-07-01"))
X_train, X_test = features.loc[tr_idx], features.loc[te_idx]
y_train = df.loc[tr_idx, "returned"].astype(int).to_numpy()
y_test = df.loc[te_idx, "returned"].astype(int).to_numpy()
print(f"train={len(tr_idx)}  test={len(te_idx)}  test rate={y_test.mean():.3f}")

# ---------------------------------------------------------------- models
scores = {}

base = DummyClassifier(strategy="prior").fit(X_train, y_train)
pb = base.predict_proba(X_test)[:, 1]
scores["baseline (prior)"] = (roc_auc_score(y_test, pb), average_precision_score(y_test, pb))

clf = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
clf.fit(X_train, y_train)
p = clf.predict_proba(X_test)[:, 1]
scores["logreg"] = (roc_auc_score(y_test, p), average_precision_score(y_test, p))

print(pd.DataFrame(scores, index=["roc_auc", "avg_precision"]).T.round(4))

coefs = pd.Series(clf.coef_[0], index=X_train.columns).sort_values()
print("\nmost protective:\n", coefs.head(8).round(3))
print("\nstrongest return drivers:\n", coefs.tail(8).round(3))
