"""Adult census income (>50K) classifier.

Categoricals are one-hot encoded and numerics scaled inside a ColumnTransformer,
so every encoder/scaler is fitted on training folds only.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_validate, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler

COLUMNS = ["age", "workclass", "fnlwgt", "education", "education_num", "marital_status",
           "occupation", "relationship", "race", "sex", "capital_gain", "capital_loss",
           "hours_per_week", "native_country", "income"]
SEED = 3

df = pd.read_csv("data/adult/adult.data", header=None, names=COLUMNS,
                 skipinitialspace=True, na_values="?")
print(df.shape)
print(df.isna().sum()[lambda s: s > 0])
df = df.dropna().drop_duplicates()

df["target"] = (df["income"].str.strip() == ">50K").astype(int)
print(df["target"].value_counts(normalize=True).round(3))

# ---------------------------------------------------------------- EDA
print(df.describe().T)
for col in ["workclass", "education", "marital_status", "occupation", "sex"]:
    print(df.groupby(col)["target"].mean().sort_values(ascending=False).round(3), "\n")

# ---------------------------------------------------------------- features (row-wise only)
df["capital_net"] = df["capital_gain"] - df["capital_loss"]
df["has_capital"] = (df["capital_net"] != 0).astype(int)
df["log_capital_gain"] = np.log1p(df["capital_gain"])
df["us_native"] = (df["native_country"] == "United-States").astype(int)
df["married"] = df["marital_status"].str.startswith("Married").astype(int)

num_cols = ["age", "education_num", "hours_per_week", "capital_net", "log_capital_gain",
            "has_capital", "us_native", "married"]
cat_cols = ["workclass", "education", "marital_status", "occupation", "relationship", "race",
            "sex", "native_country"]

X = df[num_cols + cat_cols]
y = df["target"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y,
                                                    random_state=SEED)

linear_pre = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), cat_cols),
])
tree_pre = ColumnTransformer([
    ("num", "passthrough", num_cols),
    ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cat_cols),
])

models = {
    "logreg": Pipeline([("pre", linear_pre), ("clf", LogisticRegression(max_iter=3000, C=0.5))]),
    "hgb": Pipeline([("pre", tree_pre),
                     ("clf", HistGradientBoostingClassifier(max_iter=400, learning_rate=0.06,
                                                            categorical_features=list(range(len(num_cols), len(num_cols) + len(cat_cols))),
                                                            random_state=SEED))]),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
cv_auc = {}
for name, pipe in models.items():
    res = cross_validate(pipe, X_train, y_train, cv=cv, scoring=["roc_auc", "accuracy", "f1"])
    cv_auc[name] = res["test_roc_auc"].mean()
    print(f"{name:7s} auc={res['test_roc_auc'].mean():.4f} acc={res['test_accuracy'].mean():.4f} "
          f"f1={res['test_f1'].mean():.4f}")

best = max(cv_auc, key=cv_auc.get)
print("selected:", best)
final = models[best].fit(X_train, y_train)

proba = final.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print(f"test auc      {roc_auc_score(y_test, proba):.4f}")
print(f"test accuracy {accuracy_score(y_test, pred):.4f}")
print(f"test f1       {f1_score(y_test, pred):.4f}")
print(classification_report(y_test, pred, target_names=["<=50K", ">50K"]))
