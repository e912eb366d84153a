"""Medical insurance charges regression.

insurance.csv: age, sex, bmi, children, smoker, region, charges.
The broker export has blanks in bmi / children for some policies; they are
model-imputed from the other attributes before training.
"""
import numpy as np
import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score, mean_squared_error
from sklearn.model_selection import train_test_split, cross_val_score, KFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

DATA = "data/insurance.csv"
SEED = 17

df = pd.read_csv(DATA)
print(df.shape)
print(df.head())
print(df.describe(include="all").T)
print("missing:\n", df.isna().sum())

# ---- quick EDA
print(df.groupby("smoker")["charges"].median())
print(df.groupby("region")["charges"].mean().sort_values())
print("corr(age, charges) = %.3f" % df["age"].corr(df["charges"]))

# ---- encode
df["sex"] = (df["sex"] == "male").astype(int)
df["smoker"] = (df["smoker"] == "yes").astype(int)
df = pd.get_dummies(df, columns=["region"], drop_first=True, dtype=int)

# ---- impute bmi / children from the other attributes
feature_cols = [c for c in df.columns if c != "charges"]
imp = IterativeImputer(max_iter=15, random_state=SEED, sample_posterior=False)
df[feature_cols] = imp.fit_transform(df[feature_cols])
df["children"] = df["children"].round().clip(0, 5)

# ---- features
df["bmi_over_30"] = (df["bmi"] >= 30).astype(int)
df["smoker_bmi"] = df["smoker"] * df["bmi"]
df["smoker_obese"] = df["smoker"] * df["bmi_over_30"]
df["age_sq"] = df["age"] ** 2
feature_cols = [c for c in df.columns if c != "charges"]

X = df[feature_cols]
y = np.log1p(df["charges"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)

models = {
    "baseline_mean": DummyRegressor(),
    "linreg": make_pipeline(StandardScaler(), LinearRegression()),
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
    "rf": RandomForestRegressor(n_estimators=400, min_samples_leaf=3, random_state=SEED),
    "gbr": GradientBoostingRegressor(n_estimators=500, learning_rate=0.03, max_depth=3, random_state=SEED),
}

kf = KFold(n_splits=5, shuffle=True, random_state=SEED)
cv_scores = {}
for name, model in models.items():
    s = cross_val_score(model, X_train, y_train, cv=kf, scoring="neg_mean_absolute_error")
    cv_scores[name] = -s.mean()
    print(f"{name:14s} CV MAE (log) {cv_scores[name]:.4f}")

best_name = min(cv_scores, key=cv_scores.get)
best = models[best_name].fit(X_train, y_train)
pred = np.expm1(best.predict(X_test))
true = np.expm1(y_test)

print("\nselected:", best_name)
print("test MAE  $%.0f" % mean_absolute_error(true, pred))
print("test RMSE $%.0f" % np.sqrt(mean_squared_error(true, pred)))
print("test R2   %.4f" % r2_score(true, pred))

if hasattr(best, "feature_importances_"):
    imp_s = pd.Series(best.feature_importances_, index=feature_cols).sort_values(ascending=False)
    print(imp_s.head(10))
