"""Card fraud: imblearn pipeline so that SMOTE only ever sees the training folds."""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import VarianceThreshold
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

TARGET = "is_fraud"
NUM = ["amount", "hour", "device_age_days", "card_present"]
CAT = ["merchant_category", "country"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df[TARGET].value_counts())
print(df[NUM].describe())

X, y = df[NUM + CAT], df[TARGET]

pre = ColumnTransformer([
    ("num", Pipeline([("log", FunctionTransformer(np.log1p)), ("sc", StandardScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20, sparse_output=False), CAT),
])
pipe = Pipeline([
    ("pre", pre),
    ("vt", VarianceThreshold(1e-4)),
    ("smote", SMOTE(sampling_strategy=0.2, k_neighbors=5, random_state=0)),
    ("clf", LogisticRegression(max_iter=3000, C=0.5)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
metrics = ["average_precision", "roc_auc"]
res = cross_validate(pipe, X, y, cv=cv, scoring=metrics, n_jobs=-1)
base = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring=metrics)
for m in metrics:
    print(f"{m:18s} model {res['test_' + m].mean():.4f} +- {res['test_' + m].std():.4f}   dummy {base['test_' + m].mean():.4f}")

pipe.fit(X, y)
pd.DataFrame({"transaction_id": test.transaction_id, "prediction": pipe.predict_proba(test[NUM + CAT])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
