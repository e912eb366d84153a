import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.naive_bayes import MultinomialNB
from sklearn.model_selection import cross_val_score

sms = pd.read_csv("spam.csv", encoding="latin-1")[["v1", "v2"]]
sms.columns = ["label", "text"]
sms["label"] = (sms["label"] == "spam").astype(int)

vec = CountVectorizer(stop_words="english", min_df=2)
X = vec.fit_transform(sms["text"])
selector = SelectKBest(chi2, k=3000)
X_sel = selector.fit_transform(X, sms["label"])

nb = MultinomialNB(alpha=0.1)
print("CV F1", cross_val_score(nb, X_sel, sms["label"], cv=10, scoring="f1").mean())
