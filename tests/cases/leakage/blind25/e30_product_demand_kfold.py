"""Average weekly units per product from catalogue attributes (one row per
product, assortment-planning table exported by merchandising)."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

products = pd.read_csv("assortment_products.csv")
print(products.shape)
print(products.dtypes)

products = products[products["weeks_listed"] >= 8].copy()
products["log_price"] = np.log(products["list_price"])
products["discount_share"] = products["weeks_on_promo"] / products["weeks_listed"]
products["target"] = np.log1p(products["avg_weekly_units"])

numeric = ["log_price", "discount_share", "shelf_facings", "pack_size", "shelf_life_days", "n_variants"]
categorical = ["category", "subcategory", "brand_tier", "shelf_zone"]
X = products[numeric + categorical]
y = products["target"]

preprocess = ColumnTransformer([
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), numeric),
    ("cat", Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                      ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=10))]), categorical),
])
model = Pipeline([("prep", preprocess),
                  ("gbr", GradientBoostingRegressor(n_estimators=400, max_depth=3, learning_rate=0.05, random_state=0))])

cv = KFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["neg_mean_absolute_error", "r2"]
res = cross_validate(model, X, y, cv=cv, scoring=scoring)
base = cross_validate(DummyRegressor(), X, y, cv=cv, scoring=scoring)

print(f"GBR   MAE(log) {-res['test_neg_mean_absolute_error'].mean():.3f}  R2 {res['test_r2'].mean():.3f}")
print(f"Dummy MAE(log) {-base['test_neg_mean_absolute_error'].mean():.3f}  R2 {base['test_r2'].mean():.3f}")
