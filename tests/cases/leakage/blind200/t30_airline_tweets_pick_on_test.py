"""Twitter US Airline Sentiment - compare a few classic text classifiers."""
import warnings

import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import ComplementNB
from sklearn.svm import LinearSVC

warnings.filterwarnings("ignore")

tweets = pd.read_csv("Tweets.csv", usecols=["tweet_id", "airline", "airline_sentiment", "text"])
print(tweets["airline_sentiment"].value_counts(normalize=True))

# strip handles and links, keep hashtags as words
tweets["clean"] = (tweets["text"]
                   .str.replace(r"@\w+", " ", regex=True)
                   .str.replace(r"http\S+", " ", regex=True)
                   .str.replace("#", " ", regex=False)
                   .str.lower())

X_train, X_test, y_train, y_test = train_test_split(
    tweets["clean"], tweets["airline_sentiment"], test_size=0.2,
    random_state=17, stratify=tweets["airline_sentiment"])

tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
Xtr = tfidf.fit_transform(X_train)
Xte = tfidf.transform(X_test)

candidates = {
    "ComplementNB(a=0.3)": ComplementNB(alpha=0.3),
    "ComplementNB(a=1.0)": ComplementNB(alpha=1.0),
    "LogReg(C=1)": LogisticRegression(C=1, max_iter=2000),
    "LogReg(C=10)": LogisticRegression(C=10, max_iter=2000),
    "LinearSVC(C=0.1)": LinearSVC(C=0.1),
    "LinearSVC(C=1)": LinearSVC(C=1),
    "SGD(hinge)": SGDClassifier(loss="hinge", alpha=1e-4, random_state=17),
}

results = {}
for name, model in candidates.items():
    model.fit(Xtr, y_train)
    results[name] = f1_score(y_test, model.predict(Xte), average="macro")
    print(f"{name:<22} macro-F1 = {results[name]:.4f}")

leaderboard = pd.Series(results).sort_values(ascending=False)
best_name = leaderboard.index[0]
best_model = candidates[best_name]
print("\nSelected model:", best_name)

final_pred = best_model.predict(Xte)
print(f"Final macro-F1: {f1_score(y_test, final_pred, average='macro'):.4f}")
print(classification_report(y_test, final_pred, digits=3))

# error analysis: misclassified tweets per airline
errors = X_test[final_pred != y_test.values]
print(tweets.loc[errors.index, "airline"].value_counts())
