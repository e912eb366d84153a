# Customer lifetime value on the UCI Online Retail II data
# target: how much each customer spends in the 6 months after the cutoff date
# features: RFM-style customer summary built from the purchases before the cutoff

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from scipy.stats import spearmanr

tx = pd.read_excel("online_retail_II.xlsx", sheet_name=None)
tx = pd.concat(tx.values(), ignore_index=True)
tx = tx.rename(columns={"Customer ID": "customer_id", "InvoiceDate": "invoice_date", "Price": "price"})
tx = tx.dropna(subset=["customer_id"])
tx = tx[(tx["Quantity"] > 0) & (tx["price"] > 0)]
tx = tx[~tx["Invoice"].astype(str).str.startswith("C")]
tx["customer_id"] = tx["customer_id"].astype(int)
tx["invoice_date"] = pd.to_datetime(tx["invoice_date"])
tx["amount"] = tx["Quantity"] * tx["price"]
tx = tx.sort_values("invoice_date")
print(tx["invoice_date"].min(), tx["invoice_date"].max(), tx["customer_id"].nunique(), "customers")

CUTOFF = pd.Timestamp("2011-06-01")
HORIZON_END = CUTOFF + pd.DateOffset(months=6)

# who was already a customer at the cutoff
known = tx.loc[tx["invoice_date"] < CUTOFF, "customer_id"].unique()

# ---- target: spend in the 6 months after the cutoff -------------------------
future = tx[(tx["invoice_date"] >= CUTOFF) & (tx["invoice_date"] < HORIZON_END)]
target = future.groupby("customer_id")["amount"].sum().rename("spend_6m")

# ---- customer summary (history before the cutoff only) -----------------------
hist = tx[tx["invoice_date"] < CUTOFF]
orders = (
    hist.groupby(["customer_id", "Invoice"])
    .agg(order_date=("invoice_date", "min"), order_value=("amount", "sum"), n_items=("Quantity", "sum"))
    .reset_index()
)
snapshot = CUTOFF
cust = orders.groupby("customer_id").agg(
    first_order=("order_date", "min"),
    last_order=("order_date", "max"),
    frequency=("Invoice", "nunique"),
    monetary=("order_value", "sum"),
    avg_order_value=("order_value", "mean"),
    max_order_value=("order_value", "max"),
    avg_items=("n_items", "mean"),
)
cust["recency_days"] = (snapshot - cust["last_order"]).dt.days
cust["age_days"] = (snapshot - cust["first_order"]).dt.days
cust["orders_per_month"] = cust["frequency"] / (cust["age_days"] / 30 + 1)
n_countries = hist.groupby("customer_id")["Country"].nunique().rename("n_countries")
cust = cust.join(n_countries)

data = cust.loc[cust.index.isin(known)].join(target).fillna({"spend_6m": 0.0})
print(data.describe().T.round(1))

features = ["frequency", "monetary", "avg_order_value", "max_order_value", "avg_items",
            "recency_days", "age_days", "orders_per_month", "n_countries"]
X = np.log1p(data[features].clip(lower=0))
y = np.log1p(data["spend_6m"])

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=5)

models = {
    "gbr": GradientBoostingRegressor(n_estimators=500, learning_rate=0.03, max_depth=3, subsample=0.8, random_state=5),
    "rf": RandomForestRegressor(n_estimators=400, min_samples_leaf=10, random_state=5, n_jobs=-1),
}

# baseline: everybody gets the average training spend
mean_pred = np.full(len(y_te), y_tr.mean())
print("mean baseline     MAE(log) %.4f  RMSE(log) %.4f" % (
    mean_absolute_error(y_te, mean_pred), mean_squared_error(y_te, mean_pred) ** 0.5))

for name, m in models.items():
    m.fit(X_tr, y_tr)
    p = m.predict(X_te)
    rho = spearmanr(y_te, p).correlation
    print(f"{name:16s}  MAE(log) {mean_absolute_error(y_te, p):.4f}  RMSE(log) {mean_squared_error(y_te, p) ** 0.5:.4f}"
          f"  R2 {r2_score(y_te, p):.4f}  spearman {rho:.3f}")

# how well does the model rank the top decile in pounds?
p = models["gbr"].predict(X_te)
eval_df = pd.DataFrame({"actual": np.expm1(y_te), "pred": np.expm1(p)})
eval_df["decile"] = pd.qcut(eval_df["pred"].rank(method="first"), 10, labels=False)
lift = eval_df.groupby("decile")["actual"].mean()
print(lift.round(1))
lift.plot.bar(title="actual 6m spend by predicted decile")
plt.tight_layout()
plt.savefig("clv_deciles.png")
