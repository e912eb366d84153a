import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.model_selection import StratifiedKFold
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score

data = pd.read_csv("train.csv")
X = data[["amount", "distance_km", "hour", "merchant_risk"]].fillna(0)
y = data["is_fraud"]
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
aps, base = [], []
for fold, (tr, va) in enumerate(skf.split(X, y)):
    X_tr, y_tr = RandomOverSampler(random_state=0).fit_resample(X.iloc[tr], y.iloc[tr])
    m = RandomForestClassifier(n_estimators=200, n_jobs=-1, random_state=fold)
    m.fit(X_tr, y_tr)
    aps.append(average_precision_score(y.iloc[va], m.predict_proba(X.iloc[va])[:, 1]))
    d = DummyClassifier().fit(X_tr, y_tr)
    base.append(average_precision_score(y.iloc[va], d.predict_proba(X.iloc[va])[:, 1]))
print("AP", np.mean(aps), "dummy", np.mean(base))
