"""House rent regression with an external city-level reference table.

`city_cost_index.csv` is a national survey export (one row per Indian city, ~400
cities) with cost-of-living indices. It is standardised against the whole
survey, which is independent of the listings, and merged onto the listings by
city before the listings are split.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import GridSearchCV, KFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SEED = 5
LISTINGS = "data/House_Rent_Dataset.csv"
REFERENCE = "data/external/city_cost_index.csv"
REF_COLS = ["rent_index", "groceries_index", "purchasing_power_index", "transit_score"]

# ------------------------------------------------------------------ reference table
ref = pd.read_csv(REFERENCE)
print(f"reference survey: {len(ref)} cities")
ref_scaler = StandardScaler().fit(ref[REF_COLS])
ref_z = pd.DataFrame(ref_scaler.transform(ref[REF_COLS]),
                     columns=[f"{c}_z" for c in REF_COLS])
ref_z["City"] = ref["city_name"].str.strip()

# ------------------------------------------------------------------ listings
df = pd.read_csv(LISTINGS)
print(df.shape)
print(df["City"].value_counts())
df = df[df["Size"] >= 50].copy()

floor = df["Floor"].str.split(" out of ", expand=True)
df["floor_level"] = pd.to_numeric(floor[0].replace({"Ground": "0", "Upper Basement": "-1",
                                                    "Lower Basement": "-2"}), errors="coerce")
df["total_floors"] = pd.to_numeric(floor[1], errors="coerce")
df = df.dropna(subset=["floor_level", "total_floors"])
df["floor_ratio"] = df["floor_level"] / df["total_floors"].clip(lower=1)
df["size_per_bhk"] = df["Size"] / df["BHK"]
df["log_size"] = np.log1p(df["Size"])

df = df.merge(ref_z, on="City", how="left", validate="many_to_one")
missing = df[[f"{c}_z" for c in REF_COLS]].isna().any(axis=1).sum()
print(f"listings without reference match: {missing}")

y = np.log1p(df["Rent"])
num_cols = ["BHK", "log_size", "Bathroom", "floor_level", "total_floors", "floor_ratio",
            "size_per_bhk"] + [f"{c}_z" for c in REF_COLS]
cat_cols = ["City", "Area Type", "Furnishing Status", "Tenant Preferred", "Point of Contact"]
X = df[num_cols + cat_cols]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)

pre = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])
candidates = {
    "ridge": (Ridge(), {"model__alpha": [0.1, 1.0, 10.0]}),
    "gbr": (GradientBoostingRegressor(random_state=SEED),
            {"model__n_estimators": [300, 600], "model__max_depth": [2, 3],
             "model__learning_rate": [0.03, 0.08]}),
}
cv = KFold(n_splits=5, shuffle=True, random_state=SEED)
fitted = {}
for name, (est, grid) in candidates.items():
    search = GridSearchCV(Pipeline([("pre", pre), ("model", est)]), grid, cv=cv,
                          scoring="neg_mean_absolute_error", n_jobs=-1)
    search.fit(X_train, y_train)
    fitted[name] = search
    print(f"{name}: cv MAE(log) {-search.best_score_:.4f}  {search.best_params_}")

best_name = min(fitted, key=lambda k: -fitted[k].best_score_)
best = fitted[best_name].best_estimator_
pred = best.predict(X_test)
print(f"chosen by CV: {best_name}")
print(f"test R2 (log)     : {r2_score(y_test, pred):.4f}")
print(f"test MAE (rupees) : {mean_absolute_error(np.expm1(y_test), np.expm1(pred)):,.0f}")
