"""Car crash severity (severe vs not) from police collision records."""
import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
import xgboost as xgb

crashes = pd.read_csv("crashes.csv")
print(crashes.shape)
print(crashes["SEVERITY"].value_counts())

# target: fatal or serious injury
crashes["severe"] = crashes["SEVERITY"].isin(["FATAL", "SERIOUS"]).astype(int)

# --- EDA ---
print(crashes.isna().mean().sort_values(ascending=False).head(10))
print(crashes.groupby("WEATHER")["severe"].mean().sort_values())
print(crashes.groupby("LIGHT_CONDITION")["severe"].mean().sort_values())

# --- cleaning ---
crashes["SPEED_LIMIT"] = crashes["SPEED_LIMIT"].replace(0, np.nan)
crashes["NUM_VEHICLES"] = crashes["NUM_VEHICLES"].clip(upper=10)
crashes["night"] = crashes["HOUR"].isin([22, 23, 0, 1, 2, 3, 4, 5]).astype(int)
crashes["weekend"] = crashes["DAY_OF_WEEK"].isin(["Saturday", "Sunday"]).astype(int)
crashes["pedestrian"] = (crashes["NUM_PEDESTRIANS"] > 0).astype(int)
crashes["motorcycle"] = (crashes["NUM_MOTORCYCLES"] > 0).astype(int)

cat_cols = ["WEATHER", "LIGHT_CONDITION", "ROAD_SURFACE", "ROAD_TYPE", "INTERSECTION_TYPE"]
num_cols = ["SPEED_LIMIT", "NUM_VEHICLES", "NUM_OCCUPANTS", "DRIVER_AGE", "VEHICLE_AGE",
            "HOUR", "LATITUDE", "LONGITUDE"]
flag_cols = ["night", "weekend", "pedestrian", "motorcycle", "ALCOHOL_INVOLVED", "SEATBELT_USED"]

df = pd.get_dummies(crashes[cat_cols + num_cols + flag_cols + ["severe"]], columns=cat_cols,
                    dummy_na=True, dtype=float)

# KNN imputation works better than median for age / speed limit
feature_cols = [c for c in df.columns if c != "severe"]
scaler = StandardScaler()
scaled = scaler.fit_transform(df[feature_cols])
imputer = KNNImputer(n_neighbors=5)
X = imputer.fit_transform(scaled)
y = df["severe"].values
print("missing after impute:", np.isnan(X).sum())

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=2024)
models = {
    "logistic": LogisticRegression(max_iter=3000, class_weight="balanced"),
    "random_forest": RandomForestClassifier(n_estimators=300, class_weight="balanced_subsample",
                                            min_samples_leaf=3, n_jobs=-1, random_state=1),
    "extra_trees": ExtraTreesClassifier(n_estimators=300, class_weight="balanced",
                                        min_samples_leaf=3, n_jobs=-1, random_state=1),
    "xgboost": xgb.XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05,
                                 scale_pos_weight=(y == 0).sum() / (y == 1).sum(),
                                 subsample=0.8, colsample_bytree=0.8, eval_metric="logloss"),
}
for name, model in models.items():
    auc = cross_val_score(model, X, y, cv=cv, scoring="roc_auc", n_jobs=-1)
    ap = cross_val_score(model, X, y, cv=cv, scoring="average_precision", n_jobs=-1)
    print(f"{name:14s} ROC AUC {auc.mean():.3f}  AP {ap.mean():.3f}")
