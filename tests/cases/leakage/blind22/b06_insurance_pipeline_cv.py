import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "claim_filed"

df = pd.read_csv("train.csv")
df["vehicle_age_years"] = df["vehicle_age_years"].clip(0, 30)
df["premium_per_driver"] = df["annual_premium"] / df["n_drivers"].clip(lower=1)
df["young_driver"] = (df["driver_age"] < 25).astype(int)

num_cols = [
    "driver_age",
    "vehicle_age_years",
    "annual_premium",
    "premium_per_driver",
    "annual_mileage",
    "n_drivers",
    "years_licensed",
    "prior_claims_5y",
]
cat_cols = ["vehicle_type", "fuel", "region", "garage", "payment_plan", "young_driver"]

X = df[num_cols + cat_cols]
y = df[TARGET]

numeric = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
categorical = Pipeline(
    [
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=20)),
    ]
)
prep = ColumnTransformer([("num", numeric, num_cols), ("cat", categorical, cat_cols)])

models = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(C=0.5, max_iter=2000),
    "hgb": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
rows = []
for name, est in models.items():
    pipe = Pipeline([("prep", prep), ("model", est)])
    res = cross_validate(pipe, X, y, cv=cv, scoring=["roc_auc", "average_precision", "neg_log_loss"], n_jobs=-1)
    rows.append(
        {
            "model": name,
            "auc": res["test_roc_auc"].mean(),
            "auc_std": res["test_roc_auc"].std(),
            "ap": res["test_average_precision"].mean(),
            "logloss": -res["test_neg_log_loss"].mean(),
        }
    )

table = pd.DataFrame(rows).sort_values("auc", ascending=False)
print(table.to_string(index=False, float_format=lambda v: f"{v:.4f}"))
