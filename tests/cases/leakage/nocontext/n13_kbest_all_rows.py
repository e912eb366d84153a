import pandas as pd
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.metrics import accuracy_score

df = pd.read_csv("survey.csv")
X = df.drop(columns=["label"])
y = df["label"]
X_best = SelectKBest(chi2, k=20).fit_transform(X, y)
X_train, X_test, y_train, y_test = train_test_split(X_best, y, test_size=0.2)
nb = MultinomialNB().fit(X_train, y_train)
print(accuracy_score(y_test, nb.predict(X_test)))
