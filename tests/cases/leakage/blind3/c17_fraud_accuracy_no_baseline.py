import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
feats = ["amount", "card_age_days", "n_txn_24h", "foreign", "device_change"]
X_train, X_test, y_train, y_test = train_test_split(df[feats], df["is_fraud"], test_size=0.2, random_state=0)
tree = DecisionTreeClassifier(max_depth=6).fit(X_train, y_train)
print("Accuracy:", accuracy_score(y_test, tree.predict(X_test)))
