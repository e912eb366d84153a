"""
Card fraud -- nested CV (outer 5 x inner 3) for a gradient-boosted model.

distance_from_home_km and card_age_days have missing values (card-not-present
and new-card cases). They are imputed once up front; the rest of the
preprocessing is inside the pipeline.
"""
import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, RandomizedSearchCV, cross_val_score
from scipy.stats import loguniform, randint

df = pd.read_csv("train.csv")
df = df.drop(columns=["chargeback_flag"])          # post-transaction information
y = df.pop("is_fraud").to_numpy()
ids = df.pop("transaction_id")

print(df.describe().T)
print("missing share:\n", df.isna().mean().round(3))

# --- impute the two gappy columns with neighbours in behaviour space -----------
num_cols = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "card_age_days"]
df["missing_distance"] = df["distance_from_home_km"].isna().astype(int)
imputer = KNNImputer(n_neighbors=15, weights="distance")
df[num_cols] = imputer.fit_transform(df[num_cols])

pre = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["merchant_category"]),
], remainder="passthrough")
pipe = Pipeline([
    ("pre", pre),
    ("gb", HistGradientBoostingClassifier(class_weight="balanced", random_state=0)),
])
space = {
    "gb__learning_rate": loguniform(0.02, 0.3),
    "gb__max_leaf_nodes": randint(8, 64),
    "gb__min_samples_leaf": randint(20, 200),
    "gb__l2_regularization": loguniform(1e-3, 10),
}

inner = StratifiedKFold(3, shuffle=True, random_state=11)
outer = StratifiedKFold(5, shuffle=True, random_state=12)
search = RandomizedSearchCV(pipe, space, n_iter=25, cv=inner, scoring="average_precision",
                            random_state=0, n_jobs=-1)

nested_ap = cross_val_score(search, df, y, cv=outer, scoring="average_precision")
dummy_ap = cross_val_score(DummyClassifier(strategy="prior"), df, y, cv=outer,
                           scoring="average_precision")

print("nested AP per fold:", nested_ap.round(3))
print(f"nested AP  {nested_ap.mean():.3f} +/- {nested_ap.std(ddof=1):.3f}")
print(f"baseline AP {dummy_ap.mean():.3f}")

nested_auc = cross_val_score(search, df, y, cv=outer, scoring="roc_auc")
print(f"nested AUC {nested_auc.mean():.3f} +/- {nested_auc.std(ddof=1):.3f}")

search.fit(df, y)
print(search.best_params_)

test = pd.read_csv("test.csv").drop(columns=["chargeback_flag"], errors="ignore")
test["missing_distance"] = test["distance_from_home_km"].isna().astype(int)
test[num_cols] = imputer.transform(test[num_cols])
pred = search.predict_proba(test[df.columns])[:, 1]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
