"""Returns take-home -- interpretable logistic regression (pipeline version).

Preprocessing lives inside one sklearn Pipeline, so the scaler / encoder only
ever see the training orders. make_column_selector picks columns by dtype so the
same pipeline works on the scoring file.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

pd.set_option("display.width", 140)

TARGET = "returned"
ID = "order_id"
LEAKY = ["refund_amount", "return_label_printed"]

df = pd.read_parquet("data/orders.parquet", engine="pyarrow")
df["order_date"] = pd.to_datetime(df["order_date"])
df["customer_signup_date"] = pd.to_datetime(df["customer_signup_date"])
df = df.sort_values("order_date").reset_index(drop=True)


def add_features(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["tenure_days"] = (out["order_date"] - out["customer_signup_date"]).dt.days
    out["value_per_item"] = out["order_value"] / out["n_items"].clip(lower=1)
    out["log_value"] = np.log1p(out["order_value"])
    out["weekend"] = (out["order_date"].dt.dayofweek >= 5).astype(int)
    out["bracketing"] = (out["n_size_variants"] > 1).astype(int)
    out["is_gift"] = out["is_gift"].astype(int)
    return out


df = add_features(df)

# ---------------------------------------------------------------- split
cutoff = pd.Timestamp("2024-07-01")
train = df[df["order_date"] < cutoff]
test = df[(df["order_date"] >= cutoff) & ~df["customer_id"].isin(train["customer_id"].unique())]
print(f"train={len(train)}  test={len(test)}  test rate={test[TARGET].mean():.3f}")

drop_cols = [TARGET, ID, "customer_id", "order_date", "customer_signup_date", "order_value"] + LEAKY
X_train, y_train = train.drop(columns=drop_cols), train[TARGET].astype(int)
X_test, y_test = test.drop(columns=drop_cols), test[TARGET].astype(int)
print("features:", list(X_train.columns))

# ---------------------------------------------------------------- pipeline
pre = ColumnTransformer(
    [
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()),
         make_column_selector(dtype_include=np.number)),
        ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"),
                              OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=50,
                                            sparse_output=False)),
         make_column_selector(dtype_include=[object, "string", "category"])),
    ],
    verbose_feature_names_out=False,
).set_output(transform="pandas")

model = Pipeline([("pre", pre), ("clf", LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced"))])
model.fit(X_train, y_train)

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)

rows = []
for name, est in [("baseline (prior)", baseline), ("logreg", model)]:
    p = est.predict_proba(X_test)[:, 1]
    rows.append({"model": name, "roc_auc": roc_auc_score(y_test, p), "avg_precision": average_precision_score(y_test, p)})
print(pd.DataFrame(rows).round(4).to_string(index=False))

# coefficients, with names thanks to set_output(transform="pandas")
names = model.named_steps["pre"].get_feature_names_out()
coefs = pd.Series(model.named_steps["clf"].coef_[0], index=names).sort_values()
print("\nmost protective:\n", coefs.head(8).round(3))
print("\nstrongest return drivers:\n", coefs.tail(8).round(3))

# sanity check: transformed training matrix should be centred
Xt = model.named_steps["pre"].transform(X_train)
print(Xt.filter(regex="tenure|discount|value").agg(["mean", "std"]).round(2))
