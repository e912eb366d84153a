# ShopNest take-home: predict whether an order line gets returned
# Priya - Saturday, ~3h time box
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

pd.set_option("display.width", 140)

lines = pd.read_csv("train.csv", parse_dates=["order_date"])
customers = pd.read_csv("customers.csv", parse_dates=["signup_date"])
products = pd.read_csv("products.csv")

df = (lines
      .merge(customers, on="customer_id", how="left")
      .merge(products, on="product_id", how="left"))
print(df.shape)
print("return rate:", round(df["returned"].mean(), 3))
print(df.isna().mean().sort_values(ascending=False).head(8))

# --- features -------------------------------------------------------------
df["tenure_days"] = (df["order_date"] - df["signup_date"]).dt.days.clip(lower=0)
df["price_vs_list"] = df["unit_price"] / df["list_price"]
df["line_value"] = df["unit_price"] * df["quantity"]
df["order_month"] = df["order_date"].dt.month
df["order_dow"] = df["order_date"].dt.dayofweek
df["multi_qty"] = (df["quantity"] > 1).astype(int)

num_cols = ["quantity", "unit_price", "discount_pct", "tenure_days", "price_vs_list",
            "line_value", "avg_rating", "n_reviews", "multi_qty"]
cat_cols = ["category", "brand", "size_ordered", "payment_method", "shipping_method",
            "device", "region", "loyalty_tier", "order_month", "order_dow"]

prep = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=25), cat_cols),
])
X_all = prep.fit_transform(df[num_cols + cat_cols])
y_all = df["returned"].to_numpy()
print("design matrix:", X_all.shape)

# --- split ----------------------------------------------------------------
# train = everything before July 2023; test = later orders from customers
# that never appear in the training period (otherwise the model can just
# memorise serial returners)
cutoff = pd.Timestamp("2023-07-01")
in_train = (df["order_date"] < cutoff).to_numpy()
seen_customers = set(df.loc[in_train, "customer_id"])
in_test = ~in_train & ~df["customer_id"].isin(seen_customers).to_numpy()

X_train, y_train = X_all[in_train], y_all[in_train]
X_test, y_test = X_all[in_test], y_all[in_test]
print(f"train rows {in_train.sum()}, test rows {in_test.sum()} (new customers only)")

# --- models ---------------------------------------------------------------
baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
clf = LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced")
clf.fit(X_train, y_train)

for name, model in [("baseline (prior)", baseline), ("logreg", clf)]:
    p = model.predict_proba(X_test)[:, 1]
    print(f"{name:18s} ROC AUC {roc_auc_score(y_test, p):.3f}  "
          f"PR AUC {average_precision_score(y_test, p):.3f}")

# top coefficients, for the memo
names = prep.get_feature_names_out()
coefs = pd.Series(clf.coef_[0], index=names).sort_values()
print(coefs.head(10))
print(coefs.tail(10))
