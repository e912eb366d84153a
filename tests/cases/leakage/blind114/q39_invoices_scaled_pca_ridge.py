"""Days-late regression for the invoices take-home: scaled features -> PCA -> ridge."""
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.preprocessing import StandardScaler

TARGET = "days_late"

inv = pd.read_csv("train.csv", parse_dates=["issue_date", "due_date"])
print(inv.shape)
print(inv[TARGET].describe())

inv["log_amount"] = np.log1p(inv["amount"])
inv["log_limit"] = np.log1p(inv["credit_limit"])
inv["amount_share_of_limit"] = inv["amount"] / inv["credit_limit"].clip(lower=1)
inv["terms_x_items"] = inv["payment_terms_days"] * inv["n_line_items"]
inv["due_weekend"] = (inv["due_date"].dt.dayofweek >= 5).astype(int)
inv["due_month_end"] = inv["due_date"].dt.is_month_end.astype(int)

numeric = ["log_amount", "log_limit", "amount_share_of_limit", "terms_x_items", "payment_terms_days",
           "n_line_items", "discount_offered", "po_required", "due_weekend", "due_month_end"]
dummies = pd.get_dummies(inv[["industry", "customer_size", "currency"]], dtype=float)
X_raw = pd.concat([inv[numeric].fillna(0), dummies], axis=1)

scaler = StandardScaler()
pca = PCA(n_components=0.95, random_state=0)
Z = pca.fit_transform(scaler.fit_transform(X_raw))
print("components kept:", pca.n_components_, "explained:", pca.explained_variance_ratio_.sum().round(3))

# hold out the last four months; only customers with no invoice before that
cut = inv["issue_date"].max() - pd.DateOffset(months=4)
train_mask = (inv["issue_date"] <= cut).values
old_customers = inv.loc[train_mask, "customer_id"].unique()
test_mask = (~train_mask) & (~inv["customer_id"].isin(old_customers)).values
Z_train, y_train = Z[train_mask], inv.loc[train_mask, TARGET]
Z_test, y_test = Z[test_mask], inv.loc[test_mask, TARGET]
print("train:", Z_train.shape, "test:", Z_test.shape)

dummy = DummyRegressor(strategy="mean").fit(Z_train, y_train)
ridge = RidgeCV(alphas=np.logspace(-2, 3, 20)).fit(Z_train, y_train)
print("alpha:", ridge.alpha_)

for name, m in [("mean baseline", dummy), ("pca+ridge", ridge)]:
    pred = m.predict(Z_test)
    print(f"{name:14s} MAE {mean_absolute_error(y_test, pred):7.3f}  RMSE {mean_squared_error(y_test, pred) ** 0.5:7.3f}")
