# creditcard.csv (European cardholders, PCA features V1..V28, Amount, Class)
# 492 frauds out of 284k -> undersample the majority class so models train fast

import numpy as np
import pandas as pd
import seaborn as sns
import matplotlib.pyplot as plt
from imblearn.under_sampling import RandomUnderSampler
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score, cross_val_predict
from sklearn.metrics import classification_report
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import RobustScaler

cc = pd.read_csv("creditcard.csv")
print(cc["Class"].value_counts())

cc["log_amount"] = np.log1p(cc["Amount"])
cc["hour"] = (cc["Time"] // 3600) % 24
features = [f"V{i}" for i in range(1, 29)] + ["log_amount", "hour"]

sns.kdeplot(data=cc.sample(20000, random_state=0), x="V14", hue="Class", common_norm=False)
plt.savefig("v14_kde.png")
plt.close()

rus = RandomUnderSampler(sampling_strategy=0.1, random_state=0)
X_bal, y_bal = rus.fit_resample(cc[features], cc["Class"])
print("balanced set:", X_bal.shape, y_bal.mean().round(3))

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
et = make_pipeline(RobustScaler(), ExtraTreesClassifier(n_estimators=500, n_jobs=-1, random_state=0))

for metric in ["average_precision", "roc_auc", "recall"]:
    s_model = cross_val_score(et, X_bal, y_bal, cv=cv, scoring=metric)
    s_dummy = cross_val_score(DummyClassifier(strategy="stratified", random_state=0),
                              X_bal, y_bal, cv=cv, scoring=metric)
    print(f"{metric:18s} extra-trees {s_model.mean():.4f}   dummy {s_dummy.mean():.4f}")

pred = cross_val_predict(et, X_bal, y_bal, cv=cv)
print(classification_report(y_bal, pred, digits=4))
