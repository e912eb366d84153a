# Forest cover type (covtype) - HistGradientBoosting with internal early stopping
# Early stopping uses a 10% validation fraction carved from the training rows;
# the test split is only predicted once at the end.

import time

import numpy as np
import pandas as pd
from sklearn.datasets import fetch_covtype
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import accuracy_score, balanced_accuracy_score, confusion_matrix
from sklearn.model_selection import train_test_split

cov = fetch_covtype(as_frame=True)
df = cov.frame
y = df.pop("Cover_Type") - 1
print(df.shape, np.bincount(y))

# collapse the one-hot soil / wilderness blocks into single categorical codes
soil_cols = [c for c in df.columns if c.startswith("Soil_Type")]
wild_cols = [c for c in df.columns if c.startswith("Wilderness_Area")]
df["soil"] = df[soil_cols].values.argmax(axis=1)
df["wilderness"] = df[wild_cols].values.argmax(axis=1)
df = df.drop(columns=soil_cols + wild_cols)
df["hyd_dist"] = np.hypot(df["Horizontal_Distance_To_Hydrology"], df["Vertical_Distance_To_Hydrology"])

X_train, X_test, y_train, y_test = train_test_split(df, y, test_size=0.2, stratify=y, random_state=1)

cat_mask = [c in ("soil", "wilderness") for c in X_train.columns]
clf = HistGradientBoostingClassifier(
    learning_rate=0.1,
    max_iter=2000,
    max_leaf_nodes=127,
    l2_regularization=0.5,
    categorical_features=cat_mask,
    early_stopping=True,
    validation_fraction=0.1,
    n_iter_no_change=30,
    scoring="loss",
    random_state=1,
)
t0 = time.time()
clf.fit(X_train, y_train)
print(f"fit {time.time() - t0:.0f}s, stopped after {clf.n_iter_} iterations")

val_curve = pd.Series(clf.validation_score_)
print("best internal validation loss:", -val_curve.max())

pred = clf.predict(X_test)
print("test accuracy          :", round(accuracy_score(y_test, pred), 4))
print("test balanced accuracy :", round(balanced_accuracy_score(y_test, pred), 4))
print(pd.DataFrame(confusion_matrix(y_test, pred)))
