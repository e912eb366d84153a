# Card fraud - compact numeric representation (z-scores + PCA) and an MLP / logistic comparison
import json

import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold, cross_validate
from sklearn.neural_network import MLPClassifier

task = json.load(open("task.json"))
TARGET = task["target"]
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

NUMERIC = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "avg_amount_30d"]
FLAGS = ["card_present", "is_foreign"]
CATS = ["merchant_category", "channel", "device_type"]

print(df[NUMERIC].describe().T)
print(df[TARGET].mean())

# log-transform the skewed money / distance columns
for c in ["amount", "avg_amount_30d", "distance_from_home_km"]:
    df[c] = np.log1p(df[c])
    test[c] = np.log1p(test[c])

# z-score with the table statistics; missing values -> 0 (= the mean)
mu, sigma = df[NUMERIC].mean(), df[NUMERIC].std()
df[NUMERIC] = ((df[NUMERIC] - mu) / sigma).fillna(0)
test[NUMERIC] = ((test[NUMERIC] - mu) / sigma).fillna(0)

dummies = pd.get_dummies(df[CATS], dtype=float)
dummies_test = pd.get_dummies(test[CATS], dtype=float).reindex(columns=dummies.columns, fill_value=0)

# project the one-hot block to a few components
pca = PCA(n_components=8, random_state=0)
cat_pcs = pca.fit_transform(dummies)
print("explained variance:", pca.explained_variance_ratio_.round(3), pca.explained_variance_ratio_.sum().round(3))
pcs_cols = [f"cat_pc{i}" for i in range(cat_pcs.shape[1])]

X = np.hstack([df[NUMERIC + FLAGS].to_numpy(), cat_pcs])
y = df[TARGET].to_numpy()
X_sub = np.hstack([test[NUMERIC + FLAGS].to_numpy(), pca.transform(dummies_test)])
print("X:", X.shape)

cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=2, random_state=0)
scoring = {"roc_auc": "roc_auc", "ap": "average_precision", "recall": "recall", "precision": "precision"}
models = {
    "logreg": LogisticRegression(max_iter=2000, class_weight="balanced", C=0.3),
    "mlp": MLPClassifier(hidden_layer_sizes=(32, 16), alpha=1e-3, early_stopping=True, max_iter=300, random_state=0),
}
summary = []
for name, model in models.items():
    out = cross_validate(model, X, y, cv=cv, scoring=scoring, n_jobs=-1)
    summary.append({"model": name, **{k: out[f"test_{k}"].mean() for k in scoring}})
summary = pd.DataFrame(summary).set_index("model")
print(summary.round(4))

best = summary["ap"].idxmax()
model = models[best].fit(X, y)
pd.DataFrame({task["id_column"]: test[task["id_column"]], "prediction": model.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("submitted", best)
