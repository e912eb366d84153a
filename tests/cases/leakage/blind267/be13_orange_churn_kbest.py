# churn - orange telecom (bigml version)
import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, confusion_matrix

df = pd.read_csv("churn-bigml-80.csv")
print(df.head())
print(df.info())
print(df.Churn.value_counts())

df["Churn"] = df["Churn"].astype(int)
df["International plan"] = (df["International plan"] == "Yes").astype(int)
df["Voice mail plan"] = (df["Voice mail plan"] == "Yes").astype(int)
df = pd.get_dummies(df, columns=["State", "Area code"], dtype=int)

# charges are just minutes * rate, drop them
df = df.drop(columns=["Total day charge", "Total eve charge", "Total night charge", "Total intl charge"])

# some extra feats
df["total_minutes"] = df["Total day minutes"] + df["Total eve minutes"] + df["Total night minutes"]
df["total_calls"] = df["Total day calls"] + df["Total eve calls"] + df["Total night calls"]
df["svc_calls_high"] = (df["Customer service calls"] >= 4).astype(int)

X = df.drop("Churn", axis=1)
y = df["Churn"]
print(X.shape)

# too many state dummies, keep the 20 best columns
skb = SelectKBest(f_classif, k=20)
X_sel = skb.fit_transform(X, y)
kept = X.columns[skb.get_support()]
print("kept:", list(kept))

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.2, random_state=0)

dc = DummyClassifier(strategy="most_frequent")
dc.fit(X_train, y_train)
print("dummy acc:", accuracy_score(y_test, dc.predict(X_test)))

rf = RandomForestClassifier(n_estimators=400, max_depth=12, random_state=0)
rf.fit(X_train, y_train)
preds = rf.predict(X_test)
print("rf acc:", accuracy_score(y_test, preds))
print(confusion_matrix(y_test, preds))

#fi
for n, v in sorted(zip(kept, rf.feature_importances_), key=lambda t: -t[1])[:10]:
    print(n, round(v, 3))
