# %% [markdown]
# # Credit card default - handling imbalance with SMOTE

# %%
import pandas as pd
import seaborn as sns
import matplotlib.pyplot as plt
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, roc_auc_score, confusion_matrix

df = pd.read_csv("UCI_Credit_Card.csv")
target = "default.payment.next.month"
sns.countplot(x=target, data=df)
plt.show()

# %%
X = df.drop(columns=["ID", target])
y = df[target]
sm = SMOTE(random_state=2)
X_res, y_res = sm.fit_resample(X, y)
print(pd.Series(y_res).value_counts())

# %%
X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.3, random_state=2)
rf = RandomForestClassifier(n_estimators=300, random_state=2).fit(X_train, y_train)
pred = rf.predict(X_test)
print("F1", f1_score(y_test, pred), "AUC", roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1]))
print(confusion_matrix(y_test, pred))
